package fr.mutualis.webhook.subscription.domain;

import java.util.Objects;

/** A CloudEvent and the topic it was read from: subscriptions choose their events by topic, then by type. */
public record ConsumedEvent(String topic, CloudEvent event) {

    public ConsumedEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(event, "event");
    }
}
