package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.domain.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answer to a creation: the subscription and, this once only, the secret its deliveries are signed with.
 *
 * @param secret    the HMAC key of {@code Webhook-Signature}; never shown again
 * @param signature how to check a delivery, for whoever reads the answer
 */
public record CreatedSubscriptionResponse(UUID id, String integrator, String url, List<String> topics,
                                          List<String> eventTypes, boolean active, Instant createdAt,
                                          Instant deactivatedAt, String secret, String signature) {

    static final String SIGNATURE_HELP = "Webhook-Signature: sha256=<hex HMAC-SHA256(secret, "
            + "\"<ce-id>.<ce-time>.<body>\")>. Ce secret n'est affiché qu'une fois : conservez-le.";

    static CreatedSubscriptionResponse of(Subscription subscription) {
        return new CreatedSubscriptionResponse(subscription.id(), subscription.integrator(),
                subscription.url().toString(), subscription.topics(), subscription.eventTypes(), subscription.active(),
                subscription.createdAt(), subscription.deactivatedAt(), subscription.secret().reveal(), SIGNATURE_HELP);
    }
}
