package fr.mutualis.experience.record.domain;

/**
 * A rule of the experience record is broken. The web layer validates requests before they reach the domain, with
 * human messages; this exception is the domain's own guard and names the offending field.
 */
public class ExperienceRecordRuleException extends RuntimeException {

    private final String field;

    public ExperienceRecordRuleException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The offending field, as named in the API: {@code title}, {@code summary}, {@code siren} or {@code axes}. */
    public String field() {
        return field;
    }
}
