package fr.mutualis.integration.access.domain;

/** The broker refused or did not answer a change of {@link AccessControl}; the request can be retried as is. */
public class BrokerUnavailableException extends RuntimeException {

    public BrokerUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
