package fr.mutualis.experience.vocabulary.domain;

import java.util.UUID;

/** A term is already in another entry: one term has one meaning, or a query could not tell which applies. */
public class VocabularyConflictException extends RuntimeException {

    private final String term;
    private final UUID otherEntry;

    public VocabularyConflictException(String term, UUID otherEntry) {
        super("Le terme « " + term + " » figure déjà dans l'entrée " + otherEntry
                + " du vocabulaire : modifiez cette entrée, ou retirez-en le terme d'abord.");
        this.term = term;
        this.otherEntry = otherEntry;
    }

    public String term() {
        return term;
    }

    public UUID otherEntry() {
        return otherEntry;
    }
}
