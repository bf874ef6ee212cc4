package fr.mutualis.procurement.decp;

/** A considération sociale of the marché. DECP property {@code considerationSociale}. */
public enum ConsiderationSociale implements DecpLabel {
    CLAUSE_SOCIALE("Clause sociale"),
    CRITERE_SOCIAL("Critère social"),
    MARCHE_RESERVE("Marché réservé"),
    PAS_DE_CONSIDERATION_SOCIALE("Pas de considération sociale");

    private final String label;

    ConsiderationSociale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static ConsiderationSociale fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "considerationSociale", label);
    }
}
