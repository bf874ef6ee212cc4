package fr.mutualis.procurement.decp;

/** A label that is not one of a DECP enumeration's; the message, in French, can be shown to the acheteur. */
public final class UnknownDecpLabelException extends IllegalArgumentException {

    private final String property;

    UnknownDecpLabelException(String property, String label, String accepted) {
        super("Valeur « " + label + " » non reconnue pour " + property + " ; valeurs acceptées : " + accepted + ".");
        this.property = property;
    }

    /** The DECP property whose value was refused, e.g. {@code procedure}. */
    public String property() {
        return property;
    }
}
