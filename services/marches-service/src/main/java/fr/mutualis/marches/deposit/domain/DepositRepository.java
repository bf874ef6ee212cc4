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
}
