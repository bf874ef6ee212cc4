package fr.mutualis.experience.record.domain;

/** A text holds a character that can be neither stored nor published (NUL, half a surrogate pair). */
public class UnreadableTextException extends ExperienceRecordRuleException {

    public UnreadableTextException(String field) {
        super(field, field + " holds a character that cannot be stored");
    }
}
