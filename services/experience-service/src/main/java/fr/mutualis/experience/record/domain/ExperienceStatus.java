package fr.mutualis.experience.record.domain;

import java.util.Arrays;

/**
 * Lifecycle status of an experience record. The walking skeleton publishes every record at once; drafts and
 * moderation come later and will add statuses here.
 */
public enum ExperienceStatus {
    PUBLISHED("published", "Publié");

    private final String code;
    private final String label;

    ExperienceStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** @throws IllegalArgumentException for an unknown code (a stored value this version does not know) */
    public static ExperienceStatus fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown experience status '" + code + "'"));
    }
}
