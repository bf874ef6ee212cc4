package fr.mutualis.marches.consultation.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where consultations are kept, with their history. */
public interface ConsultationRepository {

    Optional<Consultation> find(UUID id);

    /** Locked until the end of the transaction: changes of one consultation happen one after the other. */
    Optional<Consultation> findForUpdate(UUID id);

    /**
     * Read for a deposit, until the end of the transaction: a deposit being recorded and the opening (which locks for
     * update) happen one after the other, so that no deposit on time slips past the opening.
     */
    Optional<Consultation> findForShare(UUID id);

    /** Inserts or updates, and appends its new history lines. */
    void save(Consultation consultation);

    boolean referenceTaken(String buyerSiren, String reference, UUID except);

    List<HistoryEntry> history(UUID id);

    List<Consultation> ofBuyer(String buyerSiren, Optional<ConsultationState> state, int limit);

    /** Published ones, those still open for bids first, the nearest deadline first. */
    List<Consultation> published(Optional<ConsultationState> state, int limit);

    /** Published consultations whose deadline passed at {@code now}, to close. */
    List<UUID> pastDeadline(Instant now, int limit);
}
