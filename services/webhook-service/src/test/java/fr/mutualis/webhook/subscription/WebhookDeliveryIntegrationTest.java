package fr.mutualis.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.webhook.support.Kafka;
import fr.mutualis.webhook.support.TestEvent;
import fr.mutualis.webhook.support.TestReceiver;
import fr.mutualis.webhook.support.WebhookServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Events published on Kafka reach the subscribed receivers, signed, in CloudEvents HTTP binary mode. */
class WebhookDeliveryIntegrationTest extends WebhookServiceTest {

    private static final String TOPIC = Kafka.newTopic("delivery");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void topic(DynamicPropertyRegistry registry) {
        topics(registry, TOPIC);
    }

    @Test
    void each_event_arrives_once_as_a_signed_binary_mode_cloudevent() {
        String type = uniqueType("created");
        TestReceiver receiver = receiver();
        subscribe(receiver, TOPIC, List.of(type));
        List<TestEvent> events = List.of(
                TestEvent.ofType(type).title("Télétransmission des actes"),
                TestEvent.ofType(type).title("Guichet unique « état civil »"),
                TestEvent.ofType(type));

        events.forEach(event -> Kafka.publish(TOPIC, event));

        await().atMost(PATIENCE).until(() -> receiver.received().size() >= events.size());
        for (TestEvent event : events) {
            List<TestReceiver.Received> requests = receiver.receivedFor(event.id());
            assertThat(requests).as("requests for %s", event.id()).hasSize(1);
            TestReceiver.Received request = requests.get(0);
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/webhooks/mutualis");
            assertThat(request.signatureValid()).as("HMAC verified with the secret shown at creation").isTrue();
            assertThat(request.header("Webhook-Signature")).matches("sha256=[0-9a-f]{64}");
            assertThat(request.header("ce-id")).isEqualTo(event.id());
            assertThat(request.header("ce-type")).isEqualTo(type);
            assertThat(request.header("ce-source")).isEqualTo("/mutualis/experience-service");
            assertThat(request.header("ce-specversion")).isEqualTo("1.0");
            assertThat(request.header("ce-time")).isEqualTo(event.time());
            assertThat(request.header("ce-subject")).isEqualTo(event.subject());
            assertThat(request.header("ce-schemaversion")).isEqualTo("1");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            assertThat(request.bodyText()).as("the envelope, byte for byte").isEqualTo(event.json());
            assertThat(Instant.ofEpochSecond(Long.parseLong(request.header("Webhook-Timestamp"))))
                    .isBetween(Instant.now().minusSeconds(60), Instant.now().plusSeconds(1));
            assertThat(request.header("Webhook-Attempt")).isEqualTo("1");
            assertThat(request.header("Webhook-Delivery-Id")).isNotBlank();
            assertThat(request.header("User-Agent")).isEqualTo("Mutualis-Webhooks/1.0");
        }
    }

    @Test
    void a_subscription_gets_only_the_types_it_filters_on() {
        String created = uniqueType("created");
        String updated = uniqueType("updated");
        TestReceiver onlyCreated = receiver();
        TestReceiver both = receiver();
        JsonNode createdSubscription = subscribe(onlyCreated, TOPIC, List.of(created));
        subscribe(both, TOPIC, List.of(created, updated));
        TestEvent creation = TestEvent.ofType(created);
        TestEvent update = TestEvent.ofType(updated);

        Kafka.publish(TOPIC, creation);
        Kafka.publish(TOPIC, update);

        await().atMost(PATIENCE).until(() -> both.received().size() == 2);
        await().atMost(PATIENCE).until(() -> onlyCreated.received().size() == 1);
        assertThat(onlyCreated.received().get(0).ceId()).isEqualTo(creation.id());
        assertThat(deliveryStatus(createdSubscription.get("id").asString(), update.id()))
                .as("not even a delivery row for a type filtered out").isNull();
    }

    @Test
    void a_deactivated_subscription_receives_nothing() {
        String type = uniqueType("created");
        TestReceiver deleted = receiver();
        TestReceiver control = receiver();
        JsonNode subscription = subscribe(deleted, TOPIC, List.of(type));
        subscribe(control, TOPIC, List.of(type));
        assertThat(api.delete("/api/webhooks/subscriptions/" + subscription.get("id").asString()).status())
                .isEqualTo(204);
        TestEvent first = TestEvent.ofType(type);
        TestEvent second = TestEvent.ofType(type);

        Kafka.publish(TOPIC, first);
        Kafka.publish(TOPIC, second);

        await().atMost(PATIENCE).until(() -> control.received().size() == 2);
        assertThat(deleted.received()).isEmpty();
        assertThat(deliveryStatus(subscription.get("id").asString(), first.id())).isNull();
        assertThat(deliveryStatus(subscription.get("id").asString(), second.id())).isNull();
    }

    @Test
    void deactivating_cancels_the_deliveries_still_pending() {
        String type = uniqueType("created");
        // Slow and failing: the first attempt is still under way when the subscription is deactivated.
        TestReceiver failing = receiver().delay(Duration.ofMillis(1500)).thereafter(500);
        JsonNode subscription = subscribe(failing, TOPIC, List.of(type));
        String id = subscription.get("id").asString();
        TestEvent event = TestEvent.ofType(type);

        Kafka.publish(TOPIC, event);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(10))
                .until(() -> deliveryStatus(id, event.id()) != null);
        assertThat(api.delete("/api/webhooks/subscriptions/" + id).status()).isEqualTo(204);

        assertThat(deliveryStatus(id, event.id())).isEqualTo("CANCELLED");
        // Without the cancellation, the two retries would come 200 ms and 400 ms after the first answer.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(4))
                .until(() -> failing.received().size() <= 1 && "CANCELLED".equals(deliveryStatus(id, event.id())));
    }

    @Test
    void an_event_read_twice_is_delivered_once() {
        String type = uniqueType("updated");
        TestReceiver receiver = receiver();
        String id = subscribe(receiver, TOPIC, List.of(type)).get("id").asString();
        TestEvent event = TestEvent.ofType(type);
        TestEvent sentinel = TestEvent.ofType(type);

        Kafka.publish(TOPIC, 0, null, event);
        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(deliveryStatus(id, event.id())));
        // As after a crash between the writes and the commit of the offset: the same event comes again, after it
        // was delivered.
        Kafka.publish(TOPIC, 0, null, event);
        Kafka.publish(TOPIC, 0, null, sentinel);

        await().atMost(PATIENCE).until(() -> !receiver.receivedFor(sentinel.id()).isEmpty());
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> receiver.receivedFor(event.id()).size() == 1);
    }

    @Test
    void a_record_that_is_not_a_cloudevent_is_dead_lettered_without_holding_its_partition_back() {
        String type = uniqueType("created");
        TestReceiver receiver = receiver();
        subscribe(receiver, TOPIC, List.of(type));
        TestEvent next = TestEvent.ofType(type);
        String withoutHeaders = "{\"sans\":\"en-têtes CloudEvents " + next.id() + "\"}";

        Kafka.publishRaw(TOPIC, 1, UUID.randomUUID().toString(), withoutHeaders);
        Kafka.publish(TOPIC, 1, null, next);

        await().atMost(PATIENCE).until(() -> receiver.receivedFor(next.id()).size() == 1);
        assertThat(receiver.received()).hasSize(1);
        await().atMost(PATIENCE).until(() -> Kafka.values(TOPIC + ".DLT").contains(withoutHeaders));
    }

    @Test
    void a_slow_receiver_does_not_hold_back_another_subscription() {
        String type = uniqueType("created");
        TestReceiver slow = receiver().delay(Duration.ofSeconds(2));
        TestReceiver fast = receiver();
        subscribe(slow, TOPIC, List.of(type));
        subscribe(fast, TOPIC, List.of(type));
        List<TestEvent> events = List.of(TestEvent.ofType(type), TestEvent.ofType(type), TestEvent.ofType(type),
                TestEvent.ofType(type), TestEvent.ofType(type));

        events.forEach(event -> Kafka.publish(TOPIC, 2, null, event));

        // The slow receiver takes 2 s an event: the fast one gets all of them before the slow one answered once.
        await().atMost(PATIENCE).until(() -> fast.received().size() == events.size());
        assertThat(slow.received()).as("slow receiver still busy with its first answers").isEmpty();
        await().atMost(PATIENCE).until(() -> slow.received().size() == events.size());
    }
}
