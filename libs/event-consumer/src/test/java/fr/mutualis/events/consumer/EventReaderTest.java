package fr.mutualis.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.EventEnvelope;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class EventReaderTest {

    /** The consumer's own record: only what it reads, whatever else the contract carries. */
    record Experience(String id, String title, List<String> axes, Instant createdAt) {
    }

    private static final String CREATED = "experience.record.created.v1";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EventReader<Experience> reader = new EventReaders(meters)
            .reader(Experience.class, CREATED, "experience.record.updated.v1");

    private static ObjectNode example() {
        return (ObjectNode) JSON.readTree(EventContracts.example(CREATED));
    }

    private static ConsumerRecord<String, String> message(String key, String value) {
        return new ConsumerRecord<>("mutualis.experience.events", 1, 42L, key, value);
    }

    private static ConsumerRecord<String, String> message(ObjectNode envelope) {
        return message(envelope.path("aggregateId").asString(), envelope.toString());
    }

    private static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode envelope = example();
        change.accept(envelope);
        return envelope;
    }

    @ParameterizedTest
    @ValueSource(strings = {CREATED, "experience.record.updated.v1"})
    void bindsTheContractExamples(String name) {
        ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example(name));

        EventEnvelope<Experience> event = reader.read(message(example)).orElseThrow();

        assertThat(event.eventType() + ".v" + event.schemaVersion()).isEqualTo(name);
        assertThat(event.eventId()).hasToString(example.path("eventId").asString());
        assertThat(event.aggregateId()).isEqualTo(example.path("aggregateId").asString());
        assertThat(event.aggregateVersion()).isEqualTo(example.path("aggregateVersion").asLong());
        assertThat(event.occurredAt()).isEqualTo(Instant.parse(example.path("occurredAt").asString()));
        assertThat(event.data().id()).isEqualTo(event.aggregateId());
        assertThat(event.data().title()).isEqualTo(example.path("data").path("title").asString());
        assertThat(event.data().axes()).isNotEmpty();
    }

    @Test
    void bindsEveryPublishedExampleToAPlainTree() {
        EventReader<Object> any = new EventReaders(meters).reader(Object.class, EventContracts.published());

        for (String name : EventContracts.published()) {
            ObjectNode example = (ObjectNode) JSON.readTree(EventContracts.example(name));
            assertThat(any.read(message(example))).as(name).isPresent();
        }
    }

    @Test
    void ignoresPropertiesItsRecordDoesNotHave() {
        ObjectNode envelope = with(root -> ((ObjectNode) root.get("data")).put("addedInALaterRelease", "x"));

        assertThat(reader.read(message(envelope))).isPresent();
    }

    @Test
    void acceptsAnInstantWithAnOffset() {
        ObjectNode envelope = with(root -> root.put("occurredAt", "2026-11-20T09:00:00+01:00"));

        assertThat(reader.read(message(envelope)).orElseThrow().occurredAt())
                .isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    static Stream<Arguments> unhandled() {
        return Stream.of(
                Arguments.of("a type this consumer does not handle", "experience.record.archived", 1),
                Arguments.of("a type with no contract in this build", "experience.contact.erased", 4),
                Arguments.of("a version with no contract in this build", "experience.record.updated", 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unhandled")
    void skipsAndCounts(String name, String eventType, int schemaVersion) {
        ObjectNode envelope = with(root -> {
            root.put("eventType", eventType);
            root.put("schemaVersion", schemaVersion);
            root.putObject("data").put("something", "else");
        });

        assertThat(reader.read(message(envelope))).isEmpty();
        assertThat(meters.counter(EventReader.SKIPPED_METER, "topic", "mutualis.experience.events",
                "type", eventType + ".v" + schemaVersion).count()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "{\"eventId\":", "[1,2]", "\"text\"", "42", "null"})
    void refusesWhatIsNotAJsonObject(String value) {
        assertThatThrownBy(() -> reader.read(message("key", value))).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesATombstone() {
        assertThatThrownBy(() -> reader.read(message("key", null)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("tombstone");
    }

    @Test
    void refusesTrailingGarbage() {
        ObjectNode envelope = example();

        assertThatThrownBy(() -> reader.read(message(envelope.path("aggregateId").asString(), envelope + " trailing")))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesAKeyThatIsNotTheAggregateId() {
        assertThatThrownBy(() -> reader.read(message("another-id", example().toString())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("key 'another-id' differs from aggregateId");
    }

    @Test
    void refusesAMissingKey() {
        assertThatThrownBy(() -> reader.read(message(null, example().toString())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("key 'null' differs from aggregateId");
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("missing eventType", (Consumer<ObjectNode>) root -> root.remove("eventType"), "eventType"),
                Arguments.of("blank eventType", (Consumer<ObjectNode>) root -> root.put("eventType", " "), "eventType"),
                Arguments.of("schemaVersion as text", (Consumer<ObjectNode>) root -> root.put("schemaVersion", "1"), "schemaVersion"),
                Arguments.of("schemaVersion 0", (Consumer<ObjectNode>) root -> root.put("schemaVersion", 0), "schemaVersion"),
                Arguments.of("eventId not a UUID", (Consumer<ObjectNode>) root -> root.put("eventId", "42"), "eventId"),
                Arguments.of("other aggregate type", (Consumer<ObjectNode>) root -> root.put("aggregateType", "marche"), "aggregateType"),
                Arguments.of("aggregateVersion 0", (Consumer<ObjectNode>) root -> root.put("aggregateVersion", 0), "aggregateVersion"),
                Arguments.of("occurredAt not a date", (Consumer<ObjectNode>) root -> root.put("occurredAt", "hier"), "occurredAt"),
                Arguments.of("missing data", (Consumer<ObjectNode>) root -> root.remove("data"), "data"),
                Arguments.of("missing title", (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("data")).remove("title"), "title"),
                Arguments.of("siren not 9 digits", (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("data")).put("siren", "2133"), "siren"),
                Arguments.of("NUL character", (Consumer<ObjectNode>) root -> ((ObjectNode) root.get("data")).put("title", "Dé\u0000mat"), "NUL"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void refusesWhatBreaksTheContractWithItsReason(String name, Consumer<ObjectNode> change, String reason) {
        ObjectNode envelope = with(change);
        String key = example().path("aggregateId").asString();

        assertThatThrownBy(() -> reader.read(message(key, envelope.toString())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void refusesDataItsRecordCannotHold() {
        record Strict(int title) {
        }
        EventReader<Strict> strict = new EventReaders(meters).reader(Strict.class, CREATED);

        assertThatThrownBy(() -> strict.read(message(example())))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("data cannot be read as Strict");
    }

    @Test
    void refusesToHandleATypeWithoutContract() {
        assertThatThrownBy(() -> new EventReaders(meters).reader(Experience.class, "experience.record.created.v9"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("experience.record.created.v9");
    }
}
