package fr.mutualis.webhook.subscription.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The delivery of one event ({@code ceId}) to one subscription: there is at most one per pair, so an event read
 * twice from Kafka is delivered once. It is attempted until the receiver answers 2xx or the {@link RetryPolicy} gives
 * up, which makes it a dead letter.
 *
 * @param id             generated; shown in the {@code Webhook-Delivery-Id} header and the dead-letter API
 * @param subscriptionId the receiver
 * @param ceId           the event
 * @param status         where it stands
 * @param attempts       attempts made since it was (re)scheduled
 * @param nextAttemptAt  when it is due, while {@link DeliveryStatus#PENDING}
 * @param lastAttemptAt  when it was last attempted, null before the first attempt
 * @param lastStatusCode the receiver's last answer, null before the first answer
 * @param lastError      the last failure, as {@link AttemptResult#describe()}; null after a success
 * @param createdAt      when the event was read for this subscription
 * @param deliveredAt    when the receiver accepted it
 */
public record Delivery(UUID id, UUID subscriptionId, String ceId, DeliveryStatus status, int attempts,
                       Instant nextAttemptAt, Instant lastAttemptAt, Integer lastStatusCode, String lastError,
                       Instant createdAt, Instant deliveredAt) {

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(ceId, "ceId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
    }

    /** A new delivery, due at once. */
    public static Delivery due(UUID id, UUID subscriptionId, String ceId, Instant now) {
        return new Delivery(id, subscriptionId, ceId, DeliveryStatus.PENDING, 0, now, null, null, null, now, null);
    }

    /**
     * The delivery after an attempt made at {@code now}: delivered on a 2xx; otherwise due again after the policy's
     * delay, or dead when that was the last attempt allowed.
     */
    public Delivery afterAttempt(AttemptResult result, Instant now, RetryPolicy policy) {
        if (status != DeliveryStatus.PENDING) {
            throw new IllegalStateException("Delivery " + id + " is " + status + ", not attempted");
        }
        int made = attempts + 1;
        if (result.delivered()) {
            return new Delivery(id, subscriptionId, ceId, DeliveryStatus.DELIVERED, made, now, now,
                    result.statusCode(), null, createdAt, now);
        }
        if (policy.exhausted(made)) {
            return new Delivery(id, subscriptionId, ceId, DeliveryStatus.DEAD, made, now, now,
                    result.statusCode(), result.describe(), createdAt, null);
        }
        return new Delivery(id, subscriptionId, ceId, DeliveryStatus.PENDING, made,
                policy.nextAttemptAfter(made, now), now, result.statusCode(), result.describe(), createdAt, null);
    }

    /**
     * A dead letter sent again by an administrator: due at once, with a full set of attempts. The last error stays
     * until the next attempt.
     *
     * @throws DeliveryNotDeadException when the delivery is not dead
     */
    public Delivery retried(Instant now) {
        if (status != DeliveryStatus.DEAD) {
            throw new DeliveryNotDeadException(id, status);
        }
        return new Delivery(id, subscriptionId, ceId, DeliveryStatus.PENDING, 0, now, lastAttemptAt, lastStatusCode,
                lastError, createdAt, null);
    }
}
