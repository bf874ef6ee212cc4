package fr.mutualis.procurement.decp;

/** A technique d'achat used by the acheteur. DECP property {@code technique}. */
public enum Technique implements DecpLabel {
    ACCORD_CADRE("Accord-cadre"),
    CONCOURS("Concours"),
    SYSTEME_DE_QUALIFICATION("Système de qualification"),
    SYSTEME_D_ACQUISITION_DYNAMIQUE("Système d'acquisition dynamique"),
    CATALOGUE_ELECTRONIQUE("Catalogue électronique"),
    ENCHERE_ELECTRONIQUE("Enchère électronique"),
    SANS_OBJET("Sans objet");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The value whose DECP label is {@code label}, exactly; otherwise an error listing the accepted labels. */
    public static Technique fromLabel(String label) {
        return DecpLabel.fromLabel(values(), "technique", label);
    }
}
