package fr.mutualis.webhook.subscription.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.EventLog;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.webhook.subscription.domain.SubscriptionRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers again every event of a subscription's topics (and types) published since a date. Events are scheduled as
 * deliveries, not sent here: the worker sends them, with the usual retries. Receivers deduplicate on {@code ce-id}.
 */
public class ReplayEvents {

    /**
     * @param subscriptionId the subscription
     * @param from           events published at or after this instant
     * @param eventsRead     events of its topics read since then
     * @param scheduled      deliveries created or made due again (those its type filter kept)
     */
    public record Report(UUID subscriptionId, Instant from, long eventsRead, long scheduled) {
    }

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final EventLog log;
    private final AuditTrail audit;
    private final Clock clock;

    public ReplayEvents(SubscriptionRepository subscriptions, DeliveryRepository deliveries, EventLog log,
                        AuditTrail audit, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.log = Objects.requireNonNull(log, "log");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws SubscriptionNotFoundException when there is no such subscription
     * @throws SubscriptionInactiveException when it is deactivated
     * @throws ReplayStartOutOfRangeException when {@code from} is before 1970 or more than a day ahead
     */
    public Report replay(UUID subscriptionId, Instant from) {
        Objects.requireNonNull(from, "from");
        // Kafka dates its records in milliseconds since 1970: an earlier or far-off instant has no such date. A day
        // ahead is tolerated for the caller's clock; such a replay simply finds nothing.
        if (from.isBefore(Instant.EPOCH) || from.isAfter(clock.instant().plus(Duration.ofDays(1)))) {
            throw new ReplayStartOutOfRangeException(from);
        }
        Subscription subscription = subscriptions.findById(subscriptionId)
                .orElseThrow(() -> new SubscriptionNotFoundException(subscriptionId));
        if (!subscription.active()) {
            throw new SubscriptionInactiveException(subscriptionId);
        }
        AtomicLong scheduled = new AtomicLong();
        long read = log.readFrom(subscription.topics(), from, batch -> {
            List<ConsumedEvent> wanted = batch.stream().filter(subscription::matches).toList();
            if (!wanted.isEmpty()) {
                scheduled.addAndGet(deliveries.recordAgain(wanted, subscriptionId, clock.instant()));
            }
        });
        audit.record(AuditedAct.of("webhook.subscription.replayed", ManageSubscriptions.TARGET, subscriptionId.toString())
                .with("from", from.toString()).with("eventsRead", read).with("scheduled", scheduled.get()));
        return new Report(subscriptionId, from, read, scheduled.get());
    }
}
