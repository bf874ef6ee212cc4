package fr.mutualis.procurement.decp;

/** A considération environnementale of the marché. DECP property {@code considerationEnvironnementale}. */
public enum ConsiderationEnvironnementale implements DecpLabel {
    CLAUSE_ENVIRONNEMENTALE("Clause environnementale"),
    CRITERE_ENVIRONNEMENTAL("Critère environnemental"),
    PAS_DE_CONSIDERATION_ENVIRONNEMENTALE("Pas de considération environnementale");

    private final String label;

    ConsiderationEnvironnementale(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static ConsiderationEnvironnementale fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "considerationEnvironnementale", label);
    }
}
