package fr.mutualis.procurement.decp;

/** The variation du prix of an acte spécial de sous-traitance. DECP property {@code variationPrix}. */
public enum VariationPrix implements DecpLabel {
    FERME("Ferme"),
    ACTUALISABLE("Actualisable"),
    REVISABLE("Révisable");

    private final String label;

    VariationPrix(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static VariationPrix fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "variationPrix", label);
    }
}
