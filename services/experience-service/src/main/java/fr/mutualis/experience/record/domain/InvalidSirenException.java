package fr.mutualis.experience.record.domain;

/** A text that is not a valid SIREN. */
public final class InvalidSirenException extends ExperienceRecordRuleException {

    public InvalidSirenException(String text, String reason) {
        super("siren", "Invalid SIREN '" + text + "': " + reason);
    }
}
