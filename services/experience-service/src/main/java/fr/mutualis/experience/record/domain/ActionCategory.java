package fr.mutualis.experience.record.domain;

/** The "action phare" categories of the barometer study (seed 003), one per record. */
public enum ActionCategory implements Coded {
    DEMAT("Dématérialisation des démarches"),
    EDUC("Numérique éducatif"),
    THD("Très haut débit"),
    OPEND("Open data"),
    STARTUP("Soutien aux start-up"),
    E_INCLUS("E-inclusion"),
    APPMOB("Applications mobiles"),
    ENERGIE("Énergie et environnement"),
    PLANNUM("Plan ou schéma numérique"),
    CIVICTECH("Civic tech et participation");

    private final String label;

    ActionCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
