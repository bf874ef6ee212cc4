package fr.mutualis.marches.award.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ContractRepository {

    void save(Contract contract);

    Optional<Contract> find(UUID id);

    Optional<Contract> findForUpdate(UUID id);

    List<Contract> ofConsultation(UUID consultationId);

    /** The buyer's contracts notified in {@code year} or before. */
    List<Contract> notifiedUpTo(String buyerSiren, int year);
}
