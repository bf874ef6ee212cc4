package fr.mutualis.marches.deposit.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface DepositRepository {

    void insert(Deposit deposit);

    Optional<Deposit> find(UUID id);

    List<Deposit> ofConsultation(UUID consultationId);

    List<Deposit> ofCompany(String siret, int limit);

    void saveOpenedKeys(UUID id, List<String> openedKeys);

    long countOf(UUID consultationId);

    /** Marks a deposit of {@code consultationId}, complete at {@code receivedAt}, as being checked and sealed. */
    void receptionStarted(UUID receptionId, UUID consultationId, java.time.Instant receivedAt);

    void receptionEnded(UUID receptionId);

    /** Whether a deposit received before {@code deadline}, and since {@code since}, is still being checked. */
    boolean receptionInProgress(UUID consultationId, java.time.Instant deadline, java.time.Instant since);
}
