package fr.mutualis.procurement.decp;

/** The type of identifier of a titulaire or sous-traitant (SIRET is to be preferred). DECP property {@code typeIdentifiant}. */
public enum TypeIdentifiant implements DecpLabel {
    SIRET("SIRET"),
    TVA("TVA"),
    TAHITI("TAHITI"),
    RIDET("RIDET"),
    FRWF("FRWF"),
    IREP("IREP"),
    HORS_UE("HORS-UE");

    private final String label;

    TypeIdentifiant(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static TypeIdentifiant fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "typeIdentifiant", label);
    }
}
