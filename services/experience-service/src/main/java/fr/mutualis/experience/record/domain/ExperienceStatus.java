package fr.mutualis.experience.record.domain;

/**
 * Lifecycle of a record: written as a draft that only its collectivité sees, published for every member and the
 * search, archived when it no longer describes current practice (still readable, out of the default search).
 */
public enum ExperienceStatus implements Coded {
    DRAFT("Brouillon"),
    PUBLISHED("Publié"),
    ARCHIVED("Archivé");

    private final String label;

    ExperienceStatus(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for an unknown code (a stored value this version does not know) */
    public static ExperienceStatus fromCode(String code) {
        return Coded.find(ExperienceStatus.class, code)
                .orElseThrow(() -> new IllegalArgumentException("Unknown experience status '" + code + "'"));
    }
}
