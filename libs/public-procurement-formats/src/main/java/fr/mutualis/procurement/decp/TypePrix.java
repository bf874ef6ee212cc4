package fr.mutualis.procurement.decp;

/** A type de prix. DECP property {@code typePrix}. */
public enum TypePrix implements DecpLabel {
    DEFINITIF_FERME("Définitif ferme"),
    DEFINITIF_ACTUALISABLE("Définitif actualisable"),
    DEFINITIF_REVISABLE("Définitif révisable"),
    PROVISOIRE("Provisoire");

    private final String label;

    TypePrix(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static TypePrix fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "typePrix", label);
    }
}
