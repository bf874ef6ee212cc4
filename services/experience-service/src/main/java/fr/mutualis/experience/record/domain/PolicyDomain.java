package fr.mutualis.experience.record.domain;

/** The public policy a project serves; a record may serve several. */
public enum PolicyDomain implements Coded {
    SANTE("Santé"),
    HANDICAP("Handicap"),
    EDUCATION("Éducation"),
    PERSONNES_AGEES("Personnes âgées"),
    ENFANCE_JEUNESSE("Enfance et jeunesse"),
    SOCIAL("Action sociale"),
    DEMARCHES_ADMINISTRATIVES("Démarches administratives"),
    CULTURE("Culture"),
    ENVIRONNEMENT("Environnement"),
    MOBILITE("Mobilité"),
    DEVELOPPEMENT_ECONOMIQUE("Développement économique"),
    AMENAGEMENT("Aménagement du territoire"),
    TOURISME("Tourisme"),
    SECURITE("Sécurité"),
    ADMINISTRATION_INTERNE("Administration interne");

    private final String label;

    PolicyDomain(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
