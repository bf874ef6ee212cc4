package fr.mutualis.webhook.subscription.application;

import java.util.UUID;

/** The subscription was deactivated: nothing is delivered to it any more, not even on request. */
public class SubscriptionInactiveException extends RuntimeException {

    private final UUID id;

    public SubscriptionInactiveException(UUID id) {
        super("Subscription " + id + " is deactivated");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
