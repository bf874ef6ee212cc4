package fr.mutualis.procurement.decp;

/** The CCAG (cahier des clauses administratives générales) of reference. DECP property {@code ccag}. */
public enum Ccag implements DecpLabel {
    TRAVAUX("Travaux"),
    MAITRISE_D_OEUVRE("Maitrise d'œuvre"),
    FOURNITURES_COURANTES_ET_SERVICES("Fournitures courantes et services"),
    MARCHES_INDUSTRIELS("Marchés industriels"),
    PRESTATIONS_INTELLECTUELLES("Prestations intellectuelles"),
    TECHNIQUES_DE_L_INFORMATION_ET_DE_LA_COMMUNICATION("Techniques de l'information et de la communication"),
    PAS_DE_CCAG("Pas de CCAG");

    private final String label;

    Ccag(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static Ccag fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "ccag", label);
    }
}
