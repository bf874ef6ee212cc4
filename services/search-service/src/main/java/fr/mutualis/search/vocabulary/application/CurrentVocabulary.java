package fr.mutualis.search.vocabulary.application;

import fr.mutualis.search.experience.domain.QueryExpansion;
import fr.mutualis.search.experience.domain.QueryVocabulary;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.search.vocabulary.domain.DomainVocabulary;
import fr.mutualis.search.vocabulary.domain.VocabularyStore;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * The vocabulary every search applies: the one kept in the store, read again at most every {@code refresh}, so that a
 * revision consumed by another instance of the service reaches this one within that delay; the instance that consumes
 * it applies it at once.
 */
public class CurrentVocabulary implements QueryVocabulary {

    private final VocabularyStore store;
    private final long refreshNanos;
    private final LongSupplier nanoTime;
    private volatile DomainVocabulary vocabulary = DomainVocabulary.EMPTY;
    private volatile long readAt;
    private volatile boolean read;

    public CurrentVocabulary(VocabularyStore store, Duration refresh, LongSupplier nanoTime) {
        this.store = Objects.requireNonNull(store, "store");
        this.refreshNanos = refresh.toNanos();
        this.nanoTime = nanoTime;
    }

    /**
     * Keeps a revision from the vocabulary's events; an older or repeated one changes nothing.
     *
     * @throws IndexUnavailableException when the store cannot be reached: the event is retried
     */
    public IndexOutcome apply(DomainVocabulary revision) {
        IndexOutcome outcome = store.save(revision);
        if (outcome == IndexOutcome.APPLIED && revision.revision() > vocabulary.revision()) {
            vocabulary = revision;
        }
        return outcome;
    }

    @Override
    public QueryExpansion expand(String text) {
        return current().expand(text);
    }

    /** The latest revision; the last one read when the store cannot be reached (the search then fails anyway). */
    public DomainVocabulary current() {
        long now = nanoTime.getAsLong();
        if (!read || now - readAt >= refreshNanos) {
            try {
                store.load().filter(kept -> kept.revision() >= vocabulary.revision()).ifPresent(kept -> vocabulary = kept);
                read = true;
                readAt = now;
            } catch (IndexUnavailableException unavailable) {
                // Keep the last one read: the search reports the outage itself.
            }
        }
        return vocabulary;
    }
}
