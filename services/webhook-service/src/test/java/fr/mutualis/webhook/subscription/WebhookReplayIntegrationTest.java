package fr.mutualis.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.webhook.support.Api;
import fr.mutualis.webhook.support.Kafka;
import fr.mutualis.webhook.support.TestEvent;
import fr.mutualis.webhook.support.TestReceiver;
import fr.mutualis.webhook.support.WebhookServiceTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/** A replay delivers again every event of the subscription's topics published since a date, through Kafka. */
class WebhookReplayIntegrationTest extends WebhookServiceTest {

    private static final String TOPIC = Kafka.newTopic("replay");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void topic(DynamicPropertyRegistry registry) {
        topics(registry, TOPIC);
    }

    private static String replayJson(Instant from) {
        return "{\"from\":\"" + from + "\"}";
    }

    @Test
    void replays_what_was_published_since_the_date_and_nothing_older() {
        String type = uniqueType("updated");
        String otherType = uniqueType("other");
        TestReceiver receiver = receiver();
        JsonNode subscription = subscribe(receiver, TOPIC, List.of(type));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TestEvent twoHoursAgo = TestEvent.ofType(type).time(now.minus(Duration.ofHours(2)));
        TestEvent oneHourAgo = TestEvent.ofType(type).time(now.minus(Duration.ofHours(1)));
        TestEvent notItsType = TestEvent.ofType(otherType).time(now.minus(Duration.ofMinutes(30)));
        TestEvent tenMinutesAgo = TestEvent.ofType(type).time(now.minus(Duration.ofMinutes(10)));
        // Out of timestamp order, as producers' clocks allow: the record of 30 minutes ago comes first, so reading
        // from the first offset at or after the date meets the record of two hours ago, which must still be skipped.
        for (TestEvent event : List.of(notItsType, twoHoursAgo, oneHourAgo, tenMinutesAgo)) {
            Kafka.publish(TOPIC, 0, Instant.parse(event.time()).toEpochMilli(), event);
        }
        await().atMost(PATIENCE).until(() -> receiver.received().size() == 3);

        Api.Response replay = api.post("/api/webhooks/subscriptions/" + subscription.get("id").asString() + "/replay",
                replayJson(now.minus(Duration.ofMinutes(90))));

        assertThat(replay.status()).as(replay.text()).isEqualTo(202);
        assertThat(replay.body().get("deliveriesScheduled").asLong()).isEqualTo(2);
        assertThat(replay.body().get("eventsRead").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(replay.body().get("from").asString()).isEqualTo(now.minus(Duration.ofMinutes(90)).toString());
        await().atMost(PATIENCE).until(() -> receiver.receivedFor(oneHourAgo.id()).size() == 2
                && receiver.receivedFor(tenMinutesAgo.id()).size() == 2);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
                .until(() -> receiver.receivedFor(twoHoursAgo.id()).size() == 1 && receiver.received().size() == 5);
        assertThat(receiver.received()).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
        TestReceiver.Received replayed = receiver.receivedFor(oneHourAgo.id()).get(1);
        assertThat(replayed.bodyText()).isEqualTo(oneHourAgo.json());
        assertThat(replayed.header("ce-time")).isEqualTo(oneHourAgo.time());
        assertThat(replayed.header("Webhook-Attempt")).isEqualTo("1");
    }

    @Test
    void a_subscription_created_after_the_events_gets_them_by_replay() {
        String type = uniqueType("created");
        TestReceiver early = receiver();
        subscribe(early, TOPIC, List.of(type));
        TestEvent event = TestEvent.ofType(type);
        Instant before = Instant.now().minusSeconds(5);
        Kafka.publish(TOPIC, event);
        // The live consumer is past the event once the earlier subscriber has it.
        await().atMost(PATIENCE).until(() -> early.receivedFor(event.id()).size() == 1);
        TestReceiver late = receiver();
        JsonNode subscription = subscribe(late, TOPIC, List.of(type));
        assertThat(late.received()).isEmpty();

        Api.Response replay = api.post("/api/webhooks/subscriptions/" + subscription.get("id").asString() + "/replay",
                replayJson(before));

        assertThat(replay.status()).as(replay.text()).isEqualTo(202);
        assertThat(replay.body().get("deliveriesScheduled").asLong()).isEqualTo(1);
        await().atMost(PATIENCE).until(() -> late.receivedFor(event.id()).size() == 1);
        assertThat(late.receivedFor(event.id()).get(0).signatureValid()).as("signed with the late subscription's secret")
                .isTrue();
        assertThat(early.receivedFor(event.id())).as("not replayed to the other subscription").hasSize(1);
    }

    @Test
    void a_replay_from_now_schedules_nothing() {
        TestReceiver receiver = receiver();
        JsonNode subscription = subscribe(receiver, TOPIC, List.of(uniqueType("created")));

        Api.Response replay = api.post("/api/webhooks/subscriptions/" + subscription.get("id").asString() + "/replay",
                replayJson(Instant.now().plusSeconds(60)));

        assertThat(replay.status()).isEqualTo(202);
        assertThat(replay.body().get("eventsRead").asLong()).isZero();
        assertThat(replay.body().get("deliveriesScheduled").asLong()).isZero();
    }
}
