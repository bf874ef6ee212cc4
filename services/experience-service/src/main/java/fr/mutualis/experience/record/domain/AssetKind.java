package fr.mutualis.experience.record.domain;

/** What another collectivité can reuse from a project. */
public enum AssetKind implements Coded {
    LOGICIEL("Logiciel"),
    SPECIFICATION("Cahier des charges ou spécification"),
    MARCHE("Marché public"),
    AUTRE("Autre ressource");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
