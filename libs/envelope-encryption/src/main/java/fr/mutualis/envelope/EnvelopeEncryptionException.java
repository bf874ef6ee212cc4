package fr.mutualis.envelope;

/**
 * A refusal of the sealed-bids library that a person can act on: the message is French and shown to them (RFC 9457
 * problem details), {@link #reason()} is a stable code for the problem type and metrics.
 */
public abstract class EnvelopeEncryptionException extends RuntimeException {

    private final String reason;

    protected EnvelopeEncryptionException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** A stable code: {@code weak-passphrase}, {@code wrong-passphrase}, {@code tampered-envelope}. */
    public String reason() {
        return reason;
    }
}
