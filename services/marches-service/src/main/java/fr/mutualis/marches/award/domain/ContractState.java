package fr.mutualis.marches.award.domain;

/** attribue (awarded) → notifie (the holder was notified: the contract exists, its data are published). */
public enum ContractState {
    ATTRIBUE("attribue"),
    NOTIFIE("notifie");

    private final String code;

    ContractState(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
