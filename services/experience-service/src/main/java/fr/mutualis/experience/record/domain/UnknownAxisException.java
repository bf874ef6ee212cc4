package fr.mutualis.experience.record.domain;

/** A code that names none of the {@link Axis axes}. */
public final class UnknownAxisException extends ExperienceRecordRuleException {

    private final String code;

    public UnknownAxisException(String code) {
        super("axes", "Unknown axis '" + code + "', expected one of " + Axis.codes());
        this.code = code;
    }

    public String code() {
        return code;
    }
}
