package fr.mutualis.files;

/**
 * An uploaded file that the platform refuses, whatever the service: the message is French and shown to the person
 * who sent it, {@link #reason()} is a stable code for problem details and metrics. Nothing of a refused file is kept.
 */
public abstract class FileRefusedException extends RuntimeException {

    private final String reason;

    protected FileRefusedException(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    protected FileRefusedException(String reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    /** A stable code: {@code too-large}, {@code empty}, {@code unexpected-media-type}, {@code corrupted}, {@code encrypted}, {@code infected}. */
    public String reason() {
        return reason;
    }
}
