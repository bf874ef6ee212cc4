package fr.mutualis.procurement.decp;

/** The nature of a marché (the contrats de concession are not modelled). DECP property {@code nature}. */
public enum Nature implements DecpLabel {
    MARCHE("Marché"),
    MARCHE_DE_PARTENARIAT("Marché de partenariat"),
    MARCHE_DE_DEFENSE_OU_DE_SECURITE("Marché de défense ou de sécurité");

    private final String label;

    Nature(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static Nature fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "nature", label);
    }
}
