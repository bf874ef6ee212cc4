package fr.mutualis.search.shared.web;

/** A collectivité asked as a reference ({@code comparableTo}) is unknown to the referential. */
public class UnknownCollectiviteException extends RuntimeException {

    private final String siren;

    public UnknownCollectiviteException(String siren) {
        super("Unknown collectivité " + siren);
        this.siren = siren;
    }

    public String siren() {
        return siren;
    }
}
