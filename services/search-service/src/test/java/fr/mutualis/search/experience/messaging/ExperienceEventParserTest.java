package fr.mutualis.search.experience.messaging;

import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.shared.messaging.MalformedEventException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExperienceEventParserTest {

    private static final String ID = "0e9b2c4a-7d1f-4c1e-9f62-3b8a5d4e7f10";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExperienceEventParser parser = new ExperienceEventParser(JSON);

    static ObjectNode envelope() {
        ObjectNode root = JSON.createObjectNode();
        root.put("eventId", "5f0c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b");
        root.put("eventType", "experience.record.updated");
        root.put("schemaVersion", 1);
        root.put("aggregateType", "experience");
        root.put("aggregateId", ID);
        root.put("aggregateVersion", 3);
        root.put("occurredAt", "2026-11-22T10:15:30Z");
        ObjectNode data = root.putObject("data");
        data.put("id", ID);
        data.put("title", "Dématérialisation des actes");
        data.put("summary", "Transmission des actes au contrôle de légalité.");
        data.put("siren", "213300627");
        data.putArray("axes").add("dematerialisation").add("open-data");
        data.put("status", "published");
        data.put("demo", false);
        data.put("createdAt", "2026-11-20T08:00:00Z");
        data.put("updatedAt", "2026-11-22T10:15:30.123Z");
        return root;
    }

    private static String with(Consumer<ObjectNode> change) {
        ObjectNode root = envelope();
        change.accept(root);
        return root.toString();
    }

    private static ObjectNode data(ObjectNode root) {
        return (ObjectNode) root.get("data");
    }

    @Test
    void readsAnUpdatedEventIntoAVersionedSnapshot() {
        ParsedMessage message = parser.parse(ID, envelope().toString());

        assertThat(message).isInstanceOf(ParsedMessage.Known.class);
        ExperienceEvent event = ((ParsedMessage.Known) message).event();
        assertThat(event.type()).isEqualTo(ExperienceEventType.RECORD_UPDATED);
        assertThat(event.eventId()).hasToString("5f0c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b");
        IndexedExperience snapshot = ((ExperienceEvent.SnapshotChanged) event).snapshot();
        assertThat(snapshot.details()).containsEntry("budgetBand", "non-renseigne").containsEntry("year", 2026);
        assertThat(snapshot).usingRecursiveComparison().ignoringFields("details").isEqualTo(new IndexedExperience(ID, "Dématérialisation des actes",
                "Transmission des actes au contrôle de légalité.", "213300627",
                List.of("dematerialisation", "open-data"), "published", false,
                Instant.parse("2026-11-20T08:00:00Z"), Instant.parse("2026-11-22T10:15:30.123Z"), 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"experience.record.created", "experience.record.updated"})
    void readsTheContractExamples(String eventType) throws IOException {
        Path root = Path.of(System.getProperty("mutualis.project.root", "../.."));
        String example = Files.readString(
                root.resolve("contracts/events/examples/" + eventType + ".v1.example.json"));
        String key = JSON.readTree(example).get("aggregateId").asString();

        ExperienceEvent event = ((ParsedMessage.Known) parser.parse(key, example)).event();

        assertThat(event.type().wireName()).isEqualTo(eventType);
        assertThat(event.aggregateId()).isEqualTo(key);
        assertThat(((ExperienceEvent.SnapshotChanged) event).snapshot().axes()).isNotEmpty();
    }

    @Test
    void acceptsDateTimesWithAnOffset() {
        ParsedMessage message = parser.parse(ID, with(root -> data(root).put("createdAt", "2026-11-20T09:00:00+01:00")));

        IndexedExperience snapshot = ((ExperienceEvent.SnapshotChanged) ((ParsedMessage.Known) message).event()).snapshot();
        assertThat(snapshot.createdAt()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z"));
    }

    @Test
    void readsACreatedEvent() {
        ParsedMessage message = parser.parse(ID, with(root -> root.put("eventType", "experience.record.created")));

        assertThat(((ParsedMessage.Known) message).event().type()).isEqualTo(ExperienceEventType.RECORD_CREATED);
    }

    @Test
    void acceptsANullKeyAMissingSummaryAndUnknownFields() {
        ParsedMessage message = parser.parse(null, with(root -> {
            data(root).remove("summary");
            data(root).put("contactEmail", "ignored@example.org");
            root.put("traceId", "ignored");
        }));

        IndexedExperience snapshot = ((ExperienceEvent.SnapshotChanged) ((ParsedMessage.Known) message).event()).snapshot();
        assertThat(snapshot.summary()).isEmpty();
    }

    @Test
    void skipsAnUnknownTypeWhateverItsSchemaVersionAndData() {
        ParsedMessage message = parser.parse(ID, with(root -> {
            root.put("eventType", "experience.contact.erased");
            root.put("schemaVersion", 7);
            root.putObject("data").put("something", "else");
        }));

        assertThat(message).isEqualTo(new ParsedMessage.UnknownType(
                "5f0c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b", "experience.contact.erased", ID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not json", "{\"eventId\":", "[1,2]", "\"text\"", "42", "null"})
    void refusesWhatIsNotAJsonObject(String value) {
        assertThatThrownBy(() -> parser.parse(ID, value)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void refusesANullValue() {
        assertThatThrownBy(() -> parser.parse(ID, null))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("Empty message");
    }

    static Stream<Arguments> malformedEnvelopes() {
        return Stream.of(
                Arguments.of("missing eventId", (Consumer<ObjectNode>) root -> root.remove("eventId"), "eventId"),
                Arguments.of("eventId not a UUID", (Consumer<ObjectNode>) root -> root.put("eventId", "42"), "UUID"),
                Arguments.of("missing eventType", (Consumer<ObjectNode>) root -> root.remove("eventType"), "eventType"),
                Arguments.of("blank eventType", (Consumer<ObjectNode>) root -> root.put("eventType", " "), "eventType"),
                Arguments.of("missing schemaVersion", (Consumer<ObjectNode>) root -> root.remove("schemaVersion"), "schemaVersion"),
                Arguments.of("schemaVersion as text", (Consumer<ObjectNode>) root -> root.put("schemaVersion", "1"), "schemaVersion"),
                Arguments.of("unsupported schemaVersion", (Consumer<ObjectNode>) root -> root.put("schemaVersion", 2), "Unsupported schemaVersion 2"),
                Arguments.of("schemaVersion 0", (Consumer<ObjectNode>) root -> root.put("schemaVersion", 0), "schemaVersion"),
                Arguments.of("other aggregate type", (Consumer<ObjectNode>) root -> root.put("aggregateType", "marche"), "aggregateType"),
                Arguments.of("missing aggregateId", (Consumer<ObjectNode>) root -> root.remove("aggregateId"), "aggregateId"),
                Arguments.of("missing aggregateVersion", (Consumer<ObjectNode>) root -> root.remove("aggregateVersion"), "aggregateVersion"),
                Arguments.of("aggregateVersion 0", (Consumer<ObjectNode>) root -> root.put("aggregateVersion", 0), "aggregateVersion"),
                Arguments.of("aggregateVersion decimal", (Consumer<ObjectNode>) root -> root.put("aggregateVersion", 2.5), "aggregateVersion"),
                Arguments.of("occurredAt not a date", (Consumer<ObjectNode>) root -> root.put("occurredAt", "hier"), "occurredAt"),
                Arguments.of("missing data", (Consumer<ObjectNode>) root -> root.remove("data"), "data"),
                Arguments.of("data not an object", (Consumer<ObjectNode>) root -> root.put("data", "x"), "data"),
                Arguments.of("data.id differs", (Consumer<ObjectNode>) root -> data(root).put("id", "other"), "data.id"),
                Arguments.of("missing title", (Consumer<ObjectNode>) root -> data(root).remove("title"), "data.title"),
                Arguments.of("blank title", (Consumer<ObjectNode>) root -> data(root).put("title", ""), "data.title"),
                Arguments.of("summary not text", (Consumer<ObjectNode>) root -> data(root).put("summary", 3), "data.summary"),
                Arguments.of("siren not 9 digits", (Consumer<ObjectNode>) root -> data(root).put("siren", "21330062"), "data.siren"),
                Arguments.of("axes not an array", (Consumer<ObjectNode>) root -> data(root).put("axes", "open-data"), "data.axes"),
                Arguments.of("axes holding a number", (Consumer<ObjectNode>) root -> data(root).putArray("axes").add(1), "data.axes"),
                Arguments.of("missing status", (Consumer<ObjectNode>) root -> data(root).remove("status"), "data.status"),
                Arguments.of("demo as text", (Consumer<ObjectNode>) root -> data(root).put("demo", "false"), "data.demo"),
                Arguments.of("createdAt missing", (Consumer<ObjectNode>) root -> data(root).remove("createdAt"), "data.createdAt"),
                Arguments.of("updatedAt not a date", (Consumer<ObjectNode>) root -> data(root).put("updatedAt", "2026-13-01"), "data.updatedAt"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedEnvelopes")
    void refusesAnEnvelopeThatBreaksTheContract(String name, Consumer<ObjectNode> change, String message) {
        String value = with(change);

        assertThatThrownBy(() -> parser.parse(ID, value))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(message);
    }

    @Test
    void refusesAKeyThatIsNotTheAggregateId() {
        assertThatThrownBy(() -> parser.parse("another-id", envelope().toString()))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("key");
    }

    @Test
    void refusesTrailingGarbageAfterTheEnvelope() {
        assertThatThrownBy(() -> parser.parse(ID, envelope() + " trailing"))
                .isInstanceOf(MalformedEventException.class);
    }
}
