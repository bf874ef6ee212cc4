package fr.mutualis.webhook.subscription.application;

import java.util.UUID;

/** No subscription has this id. */
public class SubscriptionNotFoundException extends RuntimeException {

    private final UUID id;

    public SubscriptionNotFoundException(UUID id) {
        super("No subscription " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
