package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;

/**
 * Write side of the actes index (port): idempotent and ordered by version, as the experience index (ADR 0004). A
 * change at a version lower than or equal to the one the index holds for the acte, document or deletion, is
 * {@link IndexOutcome#STALE} and never applied.
 */
public interface ActeIndex {

    /**
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry
     * @throws ChangeRejectedException   when the index refuses the document; retrying will not help
     */
    IndexOutcome index(PublishedActe acte);

    /**
     * Removes the acte at that version, present or not: the index remembers the version, so that a late older
     * publication cannot bring it back.
     *
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry
     */
    IndexOutcome remove(String id, long version);
}
