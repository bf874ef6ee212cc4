package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first event path, through every real component: experience-service writes a record and its outbox row in one
 * PostgreSQL transaction, Debezium's EventRouter publishes the row to Kafka, search-service indexes it in
 * Elasticsearch with the French analysis, and the search API finds it.
 */
@WithRealStack
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExperienceToSearchEndToEndTest {

    private static final String TOPIC = "mutualis.experience.events";
    private static final String RENNES = "213502388";
    private static final Duration PIPELINE = Duration.ofSeconds(30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static PlatformClient platform;
    private static StackEndpoints stack;

    @BeforeAll
    static void startPlatform(StackEndpoints endpoints) {
        stack = endpoints;
        platform = PlatformClient.startPlatform();
    }

    @Test
    @Order(1)
    void the_last_version_of_an_edited_record_is_found_with_french_analysis() {
        String unique = "e2e" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode created = platform.create("Fiche provisoire " + unique, "Premier jet " + unique, RENNES, List.of("cloud"));
        String id = created.path("id").asText();
        platform.update(id, "Projet de la commune " + unique, "Deuxième version " + unique, RENNES, List.of("open-data"));
        JsonNode last = platform.update(id, "Dématérialisation des actes", "Troisième version " + unique, RENNES,
                List.of("dematerialisation", "open-data"));
        assertThat(last.path("version").asLong()).as("created, published, edited twice").isEqualTo(4);

        JsonNode opening = platform.create("L'ouverture des données", "Portail open data " + unique, RENNES,
                List.of("open-data"));

        await().atMost(PIPELINE).untilAsserted(() -> {
            JsonNode hit = platform.hit("dematerialisation", id);
            assertThat(hit).as("record %s found by 'dematerialisation'", id).isNotNull();
            assertThat(hit.path("title").asText()).isEqualTo("Dématérialisation des actes");
        });
        await().atMost(PIPELINE).untilAsserted(() ->
                assertThat(platform.hit("ouverture", opening.path("id").asText())).isNotNull());
        assertThat(platform.hit(unique, id).path("summary").asText())
                .as("only the last version stays indexed").isEqualTo("Troisième version " + unique);
    }

    @Test
    @Order(2)
    void debezium_publishes_each_change_once_in_order_as_cloudevents_keyed_by_record_and_true_to_the_contract() {
        JsonNode created = platform.create("Téléconsultation en zone rurale", "Cabines de téléconsultation", RENNES,
                List.of("e-inclusion"));
        String id = created.path("id").asText();
        platform.update(id, "Téléconsultation en zone rurale", "Cabines dans six mairies", RENNES, List.of("e-inclusion"));

        List<ConsumerRecord<String, String>> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            consumer.subscribe(List.of(TOPIC));
            await().atMost(PIPELINE).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (id.equals(record.key())) {
                        events.add(record);
                    }
                });
                return events.size() >= 3;
            });
        }

        assertThat(events).extracting(record -> header(record, "eventType")).containsExactly(
                "experience.record.created", "experience.record.published", "experience.record.updated");
        assertThat(events).extracting(record -> header(record, "aggregateVersion")).containsExactly("1", "2", "3");
        assertThat(events).extracting(ConsumerRecord::partition).as("one aggregate, one partition").containsOnly(events.get(0).partition());
        events.forEach(record -> assertThat(EventContracts.violations(record.value())).as(record.value()).isEmpty());
        events.forEach(ExperienceToSearchEndToEndTest::assertCloudEventsBinaryMode);
    }

    @Test
    @Order(3)
    void a_change_made_while_the_connector_is_away_is_published_when_it_returns() {
        RealStack.unregisterConnector("experience-outbox");
        JsonNode created = platform.create("Observatoire des usagers du numérique", "Enquête annuelle auprès des usagers",
                RENNES, List.of("e-inclusion", "open-data"));
        String id = created.path("id").asText();

        // Three quiet seconds; the margin beyond is for searches that are slow on a loaded machine.
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(platform.hit("observatoire", id)).as("no connector, no event").isNull());

        RealStack.registerConnectors();
        await().atMost(PIPELINE).untilAsserted(() -> assertThat(platform.hit("observatoire", id)).isNotNull());
    }

    /** CloudEvents 1.0, Kafka protocol binding, binary content mode: the attributes are ce_* headers. */
    private static void assertCloudEventsBinaryMode(ConsumerRecord<String, String> record) {
        JsonNode envelope = JSON.readTree(record.value());
        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_id")).isEqualTo(envelope.path("eventId").asString());
        assertThat(header(record, "ce_type")).isEqualTo(envelope.path("eventType").asString());
        assertThat(header(record, "ce_source")).isEqualTo("/mutualis/experience-service");
        assertThat(header(record, "ce_subject")).isEqualTo(record.key()).isEqualTo(envelope.path("aggregateId").asString());
        assertThat(Instant.parse(header(record, "ce_time"))).isEqualTo(Instant.parse(envelope.path("occurredAt").asString()));
        assertThat(header(record, "ce_schemaversion")).isEqualTo("1");
        assertThat(header(record, "content-type")).isEqualTo("application/json");
    }

    private static KafkaConsumer<String, String> consumer() {
        Map<String, Object> config = stack.kafkaClientConfig();
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "e2e-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        return new KafkaConsumer<>(config);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
