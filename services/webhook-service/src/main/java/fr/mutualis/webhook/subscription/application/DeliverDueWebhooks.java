package fr.mutualis.webhook.subscription.application;

import fr.mutualis.webhook.subscription.domain.AttemptResult;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.DueDelivery;
import fr.mutualis.webhook.subscription.domain.RetryPolicy;
import fr.mutualis.webhook.subscription.domain.WebhookRequest;
import fr.mutualis.webhook.subscription.domain.WebhookSender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;

/**
 * Sends the deliveries that are due. Each call claims as many as there are free sending slots and hands them to the
 * executor without waiting: a slow or failing receiver holds a slot for at most the HTTP timeout and never blocks
 * the others, nor the Kafka consumer.
 */
public class DeliverDueWebhooks {

    /** How an attempt ended, for metrics and logs. */
    public enum Outcome { DELIVERED, RETRY_SCHEDULED, DEAD, DISCARDED }

    private final DeliveryRepository deliveries;
    private final WebhookSender sender;
    private final RetryPolicy policy;
    private final Executor executor;
    private final Semaphore slots;
    private final int batchSize;
    private final Duration lease;
    private final Clock clock;
    private final Listener listener;

    /**
     * One attempt and its outcome.
     *
     * @param before  the delivery as claimed
     * @param after   the delivery as saved
     * @param result  how the receiver answered
     * @param outcome what it means
     */
    public record AttemptReport(Delivery before, Delivery after, AttemptResult result, Outcome outcome) {
    }

    /** Told of every attempt, for metrics and logs. */
    public interface Listener {

        void attempted(AttemptReport report);

        /** The outcome of an attempt could not be saved: the delivery is due again when its lease ends. */
        void failed(Delivery delivery, RuntimeException error);
    }

    /**
     * @param maxInFlight attempts under way at once, at most
     * @param batchSize   deliveries claimed per call, at most
     * @param lease       how long a claimed delivery is not due again: longer than the HTTP timeout
     * @param listener    told of every attempt (metrics, logs)
     */
    public DeliverDueWebhooks(DeliveryRepository deliveries, WebhookSender sender, RetryPolicy policy,
                              Executor executor, int maxInFlight, int batchSize, Duration lease, Clock clock,
                              Listener listener) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (maxInFlight < 1 || batchSize < 1) {
            throw new IllegalArgumentException("maxInFlight and batchSize must be at least 1");
        }
        this.slots = new Semaphore(maxInFlight);
        this.batchSize = batchSize;
    }

    /**
     * Claims the due deliveries there are free slots for and starts sending them.
     *
     * @return how many were started
     */
    public int sendDue() {
        int free = Math.min(batchSize, slots.availablePermits());
        if (free == 0 || !slots.tryAcquire(free)) {
            return 0;
        }
        int started = 0;
        try {
            Instant now = clock.instant();
            List<DueDelivery> due = deliveries.claimDue(now, free, now.plus(lease));
            for (DueDelivery delivery : due) {
                executor.execute(() -> {
                    try {
                        attempt(delivery);
                    } catch (RuntimeException e) {
                        listener.failed(delivery.delivery(), e);
                    } finally {
                        slots.release();
                    }
                });
                started++;
            }
            return started;
        } catch (RejectedExecutionException e) {
            // Shutting down: what was claimed and not started is due again when its lease ends.
            return started;
        } finally {
            slots.release(free - started);
        }
    }

    /** Attempts one claimed delivery and saves the outcome. */
    AttemptReport attempt(DueDelivery due) {
        Delivery delivery = due.delivery();
        int attempt = delivery.attempts() + 1;
        WebhookRequest request = WebhookRequest.of(due.subscription(), due.event(), delivery.id(), attempt,
                clock.instant());
        AttemptResult result;
        try {
            result = sender.send(request);
        } catch (RuntimeException e) {
            result = AttemptResult.unanswered(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        Delivery after = delivery.afterAttempt(result, clock.instant(), policy);
        Outcome outcome;
        if (!deliveries.saveAttempt(after)) {
            outcome = Outcome.DISCARDED;
        } else {
            outcome = switch (after.status()) {
                case DELIVERED -> Outcome.DELIVERED;
                case DEAD -> Outcome.DEAD;
                default -> Outcome.RETRY_SCHEDULED;
            };
        }
        AttemptReport report = new AttemptReport(delivery, after, result, outcome);
        listener.attempted(report);
        return report;
    }
}
