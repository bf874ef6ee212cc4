package fr.mutualis.marches.award.domain;

/** Publishes a contract's changes: {@code marches.contract.notified}, {@code marches.contract.modified}. */
public interface ContractEvents {

    void notified(Contract contract);

    void modified(Contract contract);
}
