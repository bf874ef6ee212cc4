package fr.mutualis.search.experience;

import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.RealStackSpringTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Messages that break their contract go to the dead-letter topic, at once, and block nothing. */
class DeadLetterIntegrationTest extends RealStackSpringTest {

    /** Well below the 35 s a retried message would hold its partition (see {@link RealStackSpringTest}). */
    private static final Duration PATIENCE = Duration.ofSeconds(25);
    private static final int PARTITION = 2;

    private static ConsumerRecord<String, String> deadLetterWithValue(String value) {
        return await().atMost(PATIENCE).until(
                        () -> deadLetters().stream().filter(r -> value.equals(r.value())).findFirst(),
                        found -> found.isPresent())
                .orElseThrow();
    }

    @Test
    void aMalformedMessageIsDeadLetteredWithoutBlockingItsPartition() {
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        String malformed = "ceci n'est pas du JSON {" + eventId;
        ExperienceEvents next = aNewExperience().created().title("Message suivant sur la même partition");

        send(PARTITION, key, malformed, eventId, "experience.record.updated");
        send(PARTITION, next.aggregateId(), next.json(), next.eventId(), next.eventType());

        await().atMost(PATIENCE).until(() -> indexed(next.aggregateId()).isPresent());
        ConsumerRecord<String, String> dead = deadLetterWithValue(malformed);
        assertThat(dead.key()).isEqualTo(key);
        assertThat(header(dead, "id")).as("original header kept").isEqualTo(eventId);
        assertThat(header(dead, "eventType")).as("original header kept").isEqualTo("experience.record.updated");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn") + " " + header(dead, "kafka_dlt-exception-fqcn"))
                .contains("MalformedEventException");
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not valid JSON");
    }

    @Test
    void anEventFiledUnderAnotherKeyIsDeadLettered() {
        ExperienceEvents event = aNewExperience().title("Clé d'un autre enregistrement");
        String otherKey = UUID.randomUUID().toString();

        send(null, otherKey, event.json(), event.eventId(), event.eventType());

        ConsumerRecord<String, String> dead = deadLetterWithValue(event.json());
        assertThat(dead.key()).isEqualTo(otherKey);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("differs from aggregateId");
        assertThat(indexed(event.aggregateId())).isEmpty();
    }

    @Test
    void anEventWithoutItsMandatoryFieldsIsDeadLettered() {
        ExperienceEvents event = aNewExperience();
        String withoutTitle = event.json().replace("\"title\":", "\"titre\":");

        send(PARTITION, event.aggregateId(), withoutTitle, event.eventId(), event.eventType());

        ConsumerRecord<String, String> dead = deadLetterWithValue(withoutTitle);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("breaks its contract").contains("title");
        assertThat(indexed(event.aggregateId())).isEmpty();
    }
}
