package fr.mutualis.integration.access.domain;

/** A request the administrator must correct; {@code kind} tells the web adapter which answer to give. */
public class AccessException extends RuntimeException {

    public enum Kind { INVALID, NOT_FOUND, CONFLICT }

    private final Kind kind;
    private final String field;

    public AccessException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }
}
