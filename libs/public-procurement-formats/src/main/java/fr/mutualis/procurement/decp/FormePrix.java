package fr.mutualis.procurement.decp;

/** The forme du prix. DECP property {@code formePrix}. */
public enum FormePrix implements DecpLabel {
    UNITAIRE("Unitaire"),
    FORFAITAIRE("Forfaitaire"),
    MIXTE("Mixte");

    private final String label;

    FormePrix(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static FormePrix fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "formePrix", label);
    }
}
