package fr.mutualis.referential.territory.application;

/** The referential knows no such collectivité. */
public class UnknownCollectiviteException extends RuntimeException {

    private final String reference;

    public UnknownCollectiviteException(String reference) {
        super("Unknown collectivité " + reference);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
