package fr.mutualis.webhook.subscription.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.webhook.subscription.domain.AttemptResult;
import fr.mutualis.webhook.subscription.domain.CloudEvent;
import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import fr.mutualis.webhook.subscription.domain.DeadLetter;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.DeliveryStatus;
import fr.mutualis.webhook.subscription.domain.DueDelivery;
import fr.mutualis.webhook.subscription.domain.RetryPolicy;
import fr.mutualis.webhook.subscription.domain.SigningSecret;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.webhook.subscription.domain.WebhookRequest;
import fr.mutualis.webhook.subscription.domain.WebhookSender;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker's use case with an in-memory outbox: slots, outcomes, failures. */
class DeliverDueWebhooksTest {

    private static final Instant NOW = Instant.parse("2026-11-22T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final RetryPolicy POLICY = new RetryPolicy(3, Duration.ofSeconds(10), 2.0, Duration.ofMinutes(1));
    private static final Subscription SUBSCRIPTION = new Subscription(UUID.randomUUID(), "GFI",
            URI.create("https://gfi.example.fr/hooks"), List.of("t"), List.of(),
            SigningSecret.of("whsec_c2VjcmV0"), true, NOW, null);

    private final InMemoryDeliveries deliveries = new InMemoryDeliveries();
    private final List<DeliverDueWebhooks.AttemptReport> reports = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    private DeliverDueWebhooks worker(WebhookSender sender, Executor executor, int maxInFlight) {
        return new DeliverDueWebhooks(deliveries, sender, POLICY, executor, maxInFlight, 50, Duration.ofMinutes(1),
                CLOCK, new DeliverDueWebhooks.Listener() {
                    @Override
                    public void attempted(DeliverDueWebhooks.AttemptReport report) {
                        reports.add(report);
                    }

                    @Override
                    public void failed(Delivery delivery, RuntimeException error) {
                        failures.add(error);
                    }
                });
    }

    @Test
    void never_more_attempts_under_way_than_slots_and_a_freed_slot_is_used_again() throws Exception {
        deliveries.due(5);
        CountDownLatch release = new CountDownLatch(1);
        WebhookSender blocking = request -> {
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return AttemptResult.answered(200);
        };
        DeliverDueWebhooks worker = worker(blocking, threads, 2);

        assertThat(worker.sendDue()).isEqualTo(2);
        assertThat(worker.sendDue()).as("every slot busy: nothing claimed").isZero();
        assertThat(deliveries.claimLimits).containsExactly(2);

        release.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (reports.size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(worker.sendDue()).isEqualTo(2);
        assertThat(deliveries.claimLimits).containsExactly(2, 2);
    }

    @Test
    void a_2xx_is_saved_as_delivered() {
        deliveries.due(1);

        worker(request -> AttemptResult.answered(204), Runnable::run, 4).sendDue();

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.outcome()).isEqualTo(DeliverDueWebhooks.Outcome.DELIVERED);
            assertThat(report.after().status()).isEqualTo(DeliveryStatus.DELIVERED);
        });
        assertThat(deliveries.saved).extracting(Delivery::status).containsExactly(DeliveryStatus.DELIVERED);
    }

    @Test
    void a_sender_that_throws_is_a_failed_attempt_retried_by_the_policy() {
        deliveries.due(1);

        worker(request -> {
            throw new IllegalStateException("boom");
        }, Runnable::run, 4).sendDue();

        Delivery saved = deliveries.saved.get(0);
        assertThat(saved.status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(saved.attempts()).isEqualTo(1);
        assertThat(saved.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(saved.lastError()).isEqualTo("IllegalStateException: boom");
        assertThat(reports.get(0).outcome()).isEqualTo(DeliverDueWebhooks.Outcome.RETRY_SCHEDULED);
    }

    @Test
    void the_request_is_the_signed_attempt_of_the_claimed_delivery() {
        Delivery delivery = deliveries.due(1).get(0);
        List<WebhookRequest> sent = new ArrayList<>();

        worker(request -> {
            sent.add(request);
            return AttemptResult.answered(500);
        }, Runnable::run, 4).sendDue();

        assertThat(sent).singleElement().satisfies(request -> {
            assertThat(request.url()).isEqualTo(SUBSCRIPTION.url());
            assertThat(request.headers()).containsEntry("Webhook-Delivery-Id", delivery.id().toString())
                    .containsEntry("Webhook-Attempt", "1")
                    .containsKey("Webhook-Signature");
        });
    }

    @Test
    void an_outcome_that_cannot_be_saved_is_discarded_or_reported() {
        deliveries.due(2);
        deliveries.acceptSaves = false;

        worker(request -> AttemptResult.answered(200), Runnable::run, 4).sendDue();

        assertThat(reports).extracting(DeliverDueWebhooks.AttemptReport::outcome)
                .containsOnly(DeliverDueWebhooks.Outcome.DISCARDED);

        deliveries.due(1);
        deliveries.failSaves = true;
        worker(request -> AttemptResult.answered(200), Runnable::run, 4).sendDue();
        assertThat(failures).hasSize(1);
    }

    @Test
    void slots_come_back_when_the_executor_refuses_work() {
        deliveries.due(3);
        DeliverDueWebhooks worker = worker(request -> AttemptResult.answered(200), command -> {
            throw new RejectedExecutionException("stopping");
        }, 3);

        assertThat(worker.sendDue()).isZero();
        assertThat(worker.sendDue()).isZero();

        assertThat(deliveries.claimLimits).as("all 3 slots free again each time").containsExactly(3, 3);
    }

    /** Just what the worker uses. */
    private static final class InMemoryDeliveries implements DeliveryRepository {

        private final Deque<DueDelivery> due = new ArrayDeque<>();
        private final List<Integer> claimLimits = new CopyOnWriteArrayList<>();
        private final List<Delivery> saved = new CopyOnWriteArrayList<>();
        private volatile boolean acceptSaves = true;
        private volatile boolean failSaves;

        List<Delivery> due(int count) {
            List<Delivery> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String ceId = UUID.randomUUID().toString();
                Delivery delivery = Delivery.due(UUID.randomUUID(), SUBSCRIPTION.id(), ceId, NOW);
                due.add(new DueDelivery(delivery, SUBSCRIPTION, new CloudEvent(ceId, "t", "/s", "1.0",
                        NOW.toString(), null, null, null, "{}")));
                created.add(delivery);
            }
            return created;
        }

        @Override
        public synchronized List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil) {
            claimLimits.add(limit);
            List<DueDelivery> claimed = new ArrayList<>();
            while (claimed.size() < limit && !due.isEmpty()) {
                claimed.add(due.poll());
            }
            return claimed;
        }

        @Override
        public boolean saveAttempt(Delivery delivery) {
            if (failSaves) {
                throw new IllegalStateException("database down");
            }
            if (acceptSaves) {
                saved.add(delivery);
            }
            return acceptSaves;
        }

        @Override
        public int recordNew(ConsumedEvent event, Collection<UUID> subscriptionIds, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int recordAgain(Collection<ConsumedEvent> events, UUID subscriptionId, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Delivery> findById(UUID deliveryId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean reschedule(Delivery retried) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DeadLetter> findDead(UUID subscriptionId, int offset, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int purgeSettledBefore(Instant before) {
            throw new UnsupportedOperationException();
        }
    }
}
