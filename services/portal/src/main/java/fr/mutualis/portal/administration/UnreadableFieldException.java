package fr.mutualis.portal.administration;

/** A field of a form the portal cannot turn into what the API expects (a date, a time): said next to the field. */
class UnreadableFieldException extends RuntimeException {

    private final String field;

    UnreadableFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    FormErrors errors() {
        return FormErrors.of(field, getMessage());
    }
}
