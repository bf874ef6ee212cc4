package fr.mutualis.search.vocabulary.domain;

import fr.mutualis.search.shared.domain.IndexOutcome;
import java.util.Optional;

/** Where the search keeps the latest vocabulary, shared by every instance of the service (port). */
public interface VocabularyStore {

    /** Keeps {@code vocabulary} unless a revision as recent is already kept: {@link IndexOutcome#STALE} then. */
    IndexOutcome save(DomainVocabulary vocabulary);

    /** The latest kept; empty before the first revision. */
    Optional<DomainVocabulary> load();
}
