package fr.mutualis.procurement.decp;

/** The type of code of the lieu d'exécution; all but the postal code are INSEE geographic codes. DECP property {@code typeCode}. */
public enum TypeCodeLieu implements DecpLabel {
    CODE_POSTAL("Code postal"),
    CODE_COMMUNE("Code commune"),
    CODE_ARRONDISSEMENT("Code arrondissement"),
    CODE_CANTON("Code canton"),
    CODE_DEPARTEMENT("Code département"),
    CODE_REGION("Code région"),
    CODE_PAYS("Code pays");

    private final String label;

    TypeCodeLieu(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static TypeCodeLieu fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "typeCode", label);
    }
}
