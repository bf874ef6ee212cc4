package fr.mutualis.experience.collectivite.domain;

/** The referential knows no collectivité with this SIREN. */
public class UnknownCollectiviteException extends RuntimeException {

    private final String siren;

    public UnknownCollectiviteException(String siren) {
        super("No collectivité has SIREN " + siren + " in the referential");
        this.siren = siren;
    }

    public String siren() {
        return siren;
    }
}
