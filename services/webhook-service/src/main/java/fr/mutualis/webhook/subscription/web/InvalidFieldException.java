package fr.mutualis.webhook.subscription.web;

/** A field whose shape Bean Validation cannot check (e.g. a date), with its French message. */
class InvalidFieldException extends RuntimeException {

    private final String field;

    InvalidFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
