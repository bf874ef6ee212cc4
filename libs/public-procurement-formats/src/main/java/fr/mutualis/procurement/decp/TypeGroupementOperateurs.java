package fr.mutualis.procurement.decp;

/** The type of groupement of the titulaires. DECP property {@code typeGroupementOperateurs}. */
public enum TypeGroupementOperateurs implements DecpLabel {
    CONJOINT("Conjoint"),
    SOLIDAIRE("Solidaire"),
    PAS_DE_GROUPEMENT("Pas de groupement");

    private final String label;

    TypeGroupementOperateurs(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static TypeGroupementOperateurs fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "typeGroupementOperateurs", label);
    }
}
