package fr.mutualis.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.webhook.subscription.domain.CloudEvent;
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
import tools.jackson.databind.json.JsonMapper;

/** A contact erasure reaches the stored events of its record, so that no retry sends the contact again (ADR 0011). */
class WebhookContactErasureIntegrationTest extends WebhookServiceTest {

    private static final String TOPIC = Kafka.newTopic("erasure");
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String EMAIL = "camille.martin@mairie-exemple.fr";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @DynamicPropertySource
    static void topic(DynamicPropertyRegistry registry) {
        topics(registry, TOPIC);
    }

    @Test
    void the_erasure_removes_the_contact_from_the_earlier_events_of_its_record_and_from_their_retries() {
        TestReceiver receiver = receiver().thereafter(500);
        String id = subscribe(receiver, TOPIC, null).get("id").asString();
        TestEvent created = TestEvent.ofContract("experience.record.created").contact("Camille Martin", EMAIL);
        TestEvent otherRecord = TestEvent.ofContract("experience.record.created").contact("Camille Martin", EMAIL);
        TestEvent erased = TestEvent.ofContract(CloudEvent.CONTACT_ERASED).subject(created.subject()).version(2);

        Kafka.publish(TOPIC, created);
        Kafka.publish(TOPIC, otherRecord);
        await().atMost(PATIENCE).until(() -> "DEAD".equals(deliveryStatus(id, created.id())));
        assertThat(storedBodiesOf(created.subject())).singleElement().asString().contains(EMAIL);

        Kafka.publish(TOPIC, erased);

        await().atMost(PATIENCE).until(() -> storedBodiesOf(created.subject()).size() == 2);
        assertThat(storedBodiesOf(created.subject())).noneMatch(body -> body.contains(EMAIL));
        assertThat(storedBody(erased.id())).isEqualTo(erased.json());
        // Another record of the same person is not the one erased.
        assertThat(storedBody(otherRecord.id())).isEqualTo(otherRecord.json());

        receiver.thereafter(200);
        String deadLetters = "/api/webhooks/subscriptions/" + id + "/dead-letters";
        String deliveryId = jdbc.sql("SELECT id::text FROM delivery WHERE ce_id = :e").param("e", created.id())
                .query(String.class).single();
        assertThat(api.post(deadLetters + "/" + deliveryId + "/retry", null).status()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> "DELIVERED".equals(deliveryStatus(id, created.id())));
        TestReceiver.Received retried = receiver.receivedFor(created.id()).get(MAX_ATTEMPTS);
        assertThat(retried.signatureValid()).isTrue();
        assertThat(retried.bodyText()).doesNotContain(EMAIL);
        JsonNode data = JSON.readTree(retried.bodyText()).get("data");
        assertThat(data.has("contact")).isFalse();
        assertThat(data.get("title").asString()).isEqualTo("Téléconsultation en zone rurale");
    }

    private List<String> storedBodiesOf(String subject) {
        return jdbc.sql("SELECT body FROM webhook_event WHERE topic = :t AND ce_subject = :s")
                .param("t", TOPIC)
                .param("s", subject)
                .query(String.class)
                .list();
    }

    private String storedBody(String ceId) {
        return jdbc.sql("SELECT body FROM webhook_event WHERE ce_id = :e").param("e", ceId).query(String.class).single();
    }
}
