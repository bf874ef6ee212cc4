package fr.mutualis.experience.record.domain;

/** Where the project stands, as its collectivité tells it. */
public enum ProjectStep implements Coded {
    EN_REFLEXION("En réflexion"),
    EN_COURS("En cours"),
    REALISE("Réalisé"),
    ABANDONNE("Abandonné");

    private final String label;

    ProjectStep(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
