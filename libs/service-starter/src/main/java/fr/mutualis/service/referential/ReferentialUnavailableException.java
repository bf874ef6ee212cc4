package fr.mutualis.service.referential;

/**
 * referential-service could not answer: an error status other than 404, no connection, a timeout or an answer that
 * is not what it serves. Retrying later may succeed; each service maps it to its own domain's exception.
 */
public class ReferentialUnavailableException extends RuntimeException {

    public ReferentialUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
