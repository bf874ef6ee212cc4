package fr.mutualis.events.consumer;

/**
 * A message that does not conform to its contract: not JSON, a schema violation, a key that is not the aggregate id,
 * a tombstone… Retrying cannot fix it, so the dead-letter policy sends it to {@code <topic>.DLT} at once.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
