package fr.mutualis.webhook.subscription.domain;

/** The history of the topics could not be read (broker unreachable, replay too long); nothing is lost by retrying. */
public class EventLogUnavailableException extends RuntimeException {

    public EventLogUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventLogUnavailableException(String message) {
        super(message);
    }
}
