package fr.mutualis.referential.territory.application;

/** The SIREN already belongs to another kind of collectivité in the referential. */
public class SirenTakenException extends RuntimeException {

    private final String siren;
    private final String holder;

    public SirenTakenException(String siren, String holder) {
        super("SIREN " + siren + " already belongs to " + holder);
        this.siren = siren;
        this.holder = holder;
    }

    public String siren() {
        return siren;
    }

    public String holder() {
        return holder;
    }
}
