package fr.mutualis.webhook.subscription.application;

import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.webhook.subscription.domain.SubscriptionRepository;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What the Kafka consumer does with each event: it only records a delivery per matching subscription, so that the
 * offset can be committed at once; the worker sends them. Nothing is sent here, nothing waits for a receiver.
 */
public class RecordDeliveries {

    /**
     * @param matching  active subscriptions that want the event
     * @param created   deliveries created; fewer than {@code matching} when the event was read before
     */
    public record Outcome(int matching, int created) {
    }

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    public RecordDeliveries(SubscriptionRepository subscriptions, DeliveryRepository deliveries, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public Outcome record(ConsumedEvent event) {
        List<UUID> matching = subscriptions.findActiveOn(event.topic()).stream()
                .filter(subscription -> subscription.matches(event))
                .map(Subscription::id)
                .toList();
        // An erasure is stored even when nobody wants it: the earlier events it scrubs may still await delivery.
        if (matching.isEmpty() && !event.event().erasesContact()) {
            return new Outcome(0, 0);
        }
        return new Outcome(matching.size(), deliveries.recordNew(event, matching, clock.instant()));
    }
}
