package fr.mutualis.search.experience.domain;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;

/**
 * Write side of the search index (port). Implementations must be idempotent and ordered by version: a change
 * carrying a version lower than or equal to the one already indexed for the same id is ignored and reported as
 * {@link IndexOutcome#STALE}, never applied.
 */
public interface ExperienceIndex {

    /**
     * Indexes the snapshot unless a newer or equal version is already there.
     *
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry
     * @throws ChangeRejectedException   when the index refuses the document; retrying will not help
     */
    IndexOutcome index(IndexedExperience experience);

    /**
     * Removes the experience, unless the index holds a newer version of it. Removing an absent experience applies
     * (the index remembers the version, so a late older snapshot cannot bring it back while ES keeps the tombstone).
     *
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry
     */
    IndexOutcome remove(String id, long version);
}
