package fr.mutualis.webhook.subscription.domain;

import java.util.Objects;

/** A dead delivery and what an administrator needs to know of its event. */
public record DeadLetter(Delivery delivery, String topic, String eventType, String eventSubject) {

    public DeadLetter {
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(eventType, "eventType");
    }
}
