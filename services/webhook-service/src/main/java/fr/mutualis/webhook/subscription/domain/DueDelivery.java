package fr.mutualis.webhook.subscription.domain;

import java.util.Objects;

/** A pending delivery claimed by a worker, with what it takes to send it. */
public record DueDelivery(Delivery delivery, Subscription subscription, CloudEvent event) {

    public DueDelivery {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(subscription, "subscription");
        Objects.requireNonNull(event, "event");
    }
}
