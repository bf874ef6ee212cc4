package fr.mutualis.search.shared.messaging;

/**
 * A message that cannot be understood as an experience event (not JSON, missing or invalid field, unsupported
 * schema version). Never retried: the message goes straight to the dead-letter topic.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
