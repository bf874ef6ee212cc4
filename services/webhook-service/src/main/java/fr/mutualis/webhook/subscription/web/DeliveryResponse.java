package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.domain.DeadLetter;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * A delivery, e.g. a dead letter. {@code topic}, {@code eventType} and {@code subject} are null where unknown.
 *
 * @param attempts       attempts since it was last (re)scheduled
 * @param lastError      e.g. {@code HTTP 500} or {@code ConnectException: Connection refused}
 */
public record DeliveryResponse(UUID id, UUID subscriptionId, String ceId, String topic, String eventType,
                               String subject, String status, int attempts, Instant nextAttemptAt,
                               Instant lastAttemptAt, Integer lastStatusCode, String lastError, Instant createdAt,
                               Instant deliveredAt) {

    static DeliveryResponse of(Delivery delivery) {
        return of(delivery, null, null, null);
    }

    static DeliveryResponse of(DeadLetter deadLetter) {
        return of(deadLetter.delivery(), deadLetter.topic(), deadLetter.eventType(), deadLetter.eventSubject());
    }

    private static DeliveryResponse of(Delivery delivery, String topic, String eventType, String subject) {
        return new DeliveryResponse(delivery.id(), delivery.subscriptionId(), delivery.ceId(), topic, eventType,
                subject, delivery.status().name(), delivery.attempts(),
                delivery.status() == DeliveryStatus.PENDING
                        ? delivery.nextAttemptAt() : null,
                delivery.lastAttemptAt(), delivery.lastStatusCode(), delivery.lastError(), delivery.createdAt(),
                delivery.deliveredAt());
    }
}
