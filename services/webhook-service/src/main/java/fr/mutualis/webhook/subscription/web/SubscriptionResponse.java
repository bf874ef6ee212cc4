package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.domain.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A subscription as the API shows it: never with its secret. */
public record SubscriptionResponse(UUID id, String integrator, String url, List<String> topics,
                                   List<String> eventTypes, boolean active, Instant createdAt,
                                   Instant deactivatedAt) {

    static SubscriptionResponse of(Subscription subscription) {
        return new SubscriptionResponse(subscription.id(), subscription.integrator(), subscription.url().toString(),
                subscription.topics(), subscription.eventTypes(), subscription.active(), subscription.createdAt(),
                subscription.deactivatedAt());
    }
}
