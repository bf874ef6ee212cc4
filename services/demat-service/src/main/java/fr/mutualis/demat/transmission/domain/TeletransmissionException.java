package fr.mutualis.demat.transmission.domain;

/** The tiers de télétransmission could not be reached or refused a request: the acte stays as it was. */
public class TeletransmissionException extends RuntimeException {

    public TeletransmissionException(String message, Throwable cause) {
        super(message, cause);
    }
}
