package fr.mutualis.procurement.decp;

/** The procédure de passation of the marché. DECP property {@code procedure}. */
public enum Procedure implements DecpLabel {
    PROCEDURE_ADAPTEE("Procédure adaptée"),
    APPEL_D_OFFRES_OUVERT("Appel d'offres ouvert"),
    APPEL_D_OFFRES_RESTREINT("Appel d'offres restreint"),
    PROCEDURE_AVEC_NEGOCIATION("Procédure avec négociation"),
    MARCHE_SANS_PUBLICITE_NI_MISE_EN_CONCURRENCE("Marché passé sans publicité ni mise en concurrence préalable"),
    DIALOGUE_COMPETITIF("Dialogue compétitif");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static Procedure fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "procedure", label);
    }
}
