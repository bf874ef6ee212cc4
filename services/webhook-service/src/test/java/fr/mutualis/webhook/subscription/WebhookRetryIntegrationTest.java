package fr.mutualis.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.webhook.support.Api;
import fr.mutualis.webhook.support.Kafka;
import fr.mutualis.webhook.support.TestEvent;
import fr.mutualis.webhook.support.TestReceiver;
import fr.mutualis.webhook.support.WebhookServiceTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** Failed deliveries are retried with back-off, dead-lettered after the bound, and can be sent again. */
class WebhookRetryIntegrationTest extends WebhookServiceTest {

    private static final String TOPIC = Kafka.newTopic("retry");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void topic(DynamicPropertyRegistry registry) {
        topics(registry, TOPIC);
    }

    @Test
    void a_receiver_failing_twice_gets_the_event_at_the_third_attempt_after_growing_waits() {
        String type = uniqueType("created");
        TestReceiver receiver = receiver().answer(500, 503);
        JsonNode subscription = subscribe(receiver, TOPIC, List.of(type));
        String id = subscription.get("id").asString();
        TestEvent event = TestEvent.ofType(type);

        Kafka.publish(TOPIC, event);

        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(deliveryStatus(id, event.id())));
        List<TestReceiver.Received> requests = receiver.receivedFor(event.id());
        assertThat(requests).extracting(TestReceiver.Received::status).containsExactly(500, 503, 200);
        assertThat(requests).extracting(r -> r.header("Webhook-Attempt")).containsExactly("1", "2", "3");
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.signatureValid()).isTrue();
            assertThat(r.bodyText()).isEqualTo(event.json());
        });
        assertThat(requests).extracting(r -> r.header("Webhook-Delivery-Id")).containsOnly(
                requests.get(0).header("Webhook-Delivery-Id"));
        assertThat(Duration.between(requests.get(0).at(), requests.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        assertThat(Duration.between(requests.get(1).at(), requests.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(400));
        assertThat(deliveryAttempts(id, event.id())).isEqualTo(3);
        assertThat(api.get("/api/webhooks/subscriptions/" + id + "/dead-letters").body().get("deadLetters").size())
                .isZero();
    }

    @Test
    void a_receiver_always_failing_gets_the_bound_then_the_dead_letter_is_listed_and_can_be_sent_again() {
        String type = uniqueType("created");
        TestReceiver receiver = receiver().thereafter(500);
        JsonNode subscription = subscribe(receiver, TOPIC, List.of(type));
        String id = subscription.get("id").asString();
        String deadLetters = "/api/webhooks/subscriptions/" + id + "/dead-letters";
        TestEvent event = TestEvent.ofType(type);

        Kafka.publish(TOPIC, event);

        await().atMost(PATIENCE).until(() -> api.get(deadLetters).body().get("deadLetters").size() == 1);
        JsonNode dead = api.get(deadLetters).body().get("deadLetters").get(0);
        assertThat(dead.get("ceId").asString()).isEqualTo(event.id());
        assertThat(dead.get("eventType").asString()).isEqualTo(type);
        assertThat(dead.get("topic").asString()).isEqualTo(TOPIC);
        assertThat(dead.get("subject").asString()).isEqualTo(event.subject());
        assertThat(dead.get("status").asString()).isEqualTo("DEAD");
        assertThat(dead.get("attempts").asInt()).isEqualTo(MAX_ATTEMPTS);
        assertThat(dead.get("lastStatusCode").asInt()).isEqualTo(500);
        assertThat(dead.get("lastError").asString()).isEqualTo("HTTP 500");
        // No attempt beyond the bound.
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3))
                .until(() -> receiver.receivedFor(event.id()).size() == MAX_ATTEMPTS);

        receiver.thereafter(200);
        Api.Response retry = api.post(deadLetters + "/" + dead.get("id").asString() + "/retry", null);

        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.body().get("status").asString()).isEqualTo("PENDING");
        assertThat(retry.body().get("attempts").asInt()).isZero();
        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(deliveryStatus(id, event.id())));
        List<TestReceiver.Received> requests = receiver.receivedFor(event.id());
        assertThat(requests).extracting(TestReceiver.Received::status).containsExactly(500, 500, 500, 200);
        assertThat(requests.get(3).signatureValid()).isTrue();
        assertThat(api.get(deadLetters).body().get("deadLetters").size()).isZero();

        Api.Response again = api.post(deadLetters + "/" + dead.get("id").asString() + "/retry", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.body().get("title").asString()).isEqualTo("Livraison non rejetée");
        assertThat(again.body().get("detail").asString()).contains("déjà livrée");
    }

    @Test
    void an_unreachable_receiver_is_dead_lettered_with_the_network_error() {
        String type = uniqueType("created");
        TestReceiver gone = receiver();
        JsonNode subscription = subscribe(gone, TOPIC, List.of(type));
        gone.close();
        String id = subscription.get("id").asString();
        TestEvent event = TestEvent.ofType(type);

        Kafka.publish(TOPIC, event);

        await().atMost(PATIENCE).until(() -> "DEAD".equals(deliveryStatus(id, event.id())));
        JsonNode dead = api.get("/api/webhooks/subscriptions/" + id + "/dead-letters").body().get("deadLetters").get(0);
        assertThat(dead.get("lastStatusCode").isNull()).isTrue();
        assertThat(dead.get("lastError").asString()).contains("ConnectException");
    }
}
