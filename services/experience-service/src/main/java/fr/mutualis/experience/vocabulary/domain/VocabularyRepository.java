package fr.mutualis.experience.vocabulary.domain;

/** Where the vocabulary is kept, and how each revision is published. */
public interface VocabularyRepository {

    /** The current vocabulary, locked until the end of the transaction: changes are made one after the other. */
    Vocabulary lockCurrent();

    /** The current vocabulary, as last committed. */
    Vocabulary current();

    /** Stores {@code next} (its entries and revision) and publishes it whole, in the caller's transaction. */
    void save(Vocabulary next);
}
