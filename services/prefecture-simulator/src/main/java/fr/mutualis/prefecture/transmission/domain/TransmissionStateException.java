package fr.mutualis.prefecture.transmission.domain;

/** An operation its transmission's status does not allow (e.g. pieces sent when none were asked for). */
public class TransmissionStateException extends RuntimeException {

    private final transient TransmissionStatus status;
    private final String reason;

    public TransmissionStateException(TransmissionStatus status, String reason) {
        super("Not allowed in status " + status);
        this.status = status;
        this.reason = reason;
    }

    public TransmissionStatus status() {
        return status;
    }

    /** Why, in French. */
    public String reason() {
        return reason;
    }
}
