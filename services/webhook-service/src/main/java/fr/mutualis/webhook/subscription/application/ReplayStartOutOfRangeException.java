package fr.mutualis.webhook.subscription.application;

import java.time.Instant;

/** A replay cannot start before 1970, when Kafka's timestamps begin, nor more than a day ahead. */
public class ReplayStartOutOfRangeException extends RuntimeException {

    public ReplayStartOutOfRangeException(Instant from) {
        super("Replay start out of range: " + from);
    }
}
