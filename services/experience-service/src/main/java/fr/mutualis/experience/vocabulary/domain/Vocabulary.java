package fr.mutualis.experience.vocabulary.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The whole domain vocabulary at one revision. A term appears in one entry only: a query that holds it could
 * otherwise not tell which meaning applies.
 */
public record Vocabulary(long revision, Instant changedAt, List<VocabularyEntry> entries) {

    /** The bound of the published contract (vocabulary.revision.v1): the whole vocabulary travels in each event. */
    public static final int MAX_ENTRIES = 5000;

    public Vocabulary {
        entries = List.copyOf(entries);
    }

    public Optional<VocabularyEntry> entry(UUID id) {
        return entries.stream().filter(entry -> entry.id().equals(id)).findFirst();
    }

    /**
     * The next revision, with {@code entry} added or, when an entry has its id, replacing it.
     *
     * @throws VocabularyConflictException when one of its terms is in another entry
     * @throws VocabularyRuleException     when the vocabulary is full
     */
    public Vocabulary with(VocabularyEntry entry, Instant now) {
        for (VocabularyEntry other : entries) {
            if (other.id().equals(entry.id())) {
                continue;
            }
            for (String term : entry.terms()) {
                String folded = VocabularyEntry.fold(term);
                if (other.terms().stream().map(VocabularyEntry::fold).anyMatch(folded::equals)) {
                    throw new VocabularyConflictException(term, other.id());
                }
            }
        }
        List<VocabularyEntry> next = new ArrayList<>(entries.stream().filter(e -> !e.id().equals(entry.id())).toList());
        next.add(entry);
        if (next.size() > MAX_ENTRIES) {
            throw new VocabularyRuleException("terms", "Le vocabulaire compte déjà " + MAX_ENTRIES
                    + " entrées : regroupez des synonymes ou retirez des entrées inutiles.");
        }
        return new Vocabulary(revision + 1, now, next);
    }

    /** The next revision, without the entry {@code id}. */
    public Vocabulary without(UUID id, Instant now) {
        VocabularyEntry removed = entry(id).orElseThrow(() -> new VocabularyEntryNotFoundException(id));
        return new Vocabulary(revision + 1, now, entries.stream().filter(e -> e != removed).toList());
    }
}
