package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;

/**
 * Write side of the consultations index (port): idempotent and ordered by version (ADR 0004). A snapshot at a version
 * lower than or equal to the one the index holds for the consultation is {@link IndexOutcome#STALE} and never
 * applied.
 */
public interface ConsultationIndex {

    /**
     * Upserts the consultation's snapshot.
     *
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry
     * @throws ChangeRejectedException   when the index refuses the document; retrying will not help
     */
    IndexOutcome index(PublishedConsultation consultation);
}
