package fr.mutualis.search.experience.messaging;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.domain.IndexedExperience;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** From a message to what the index use case takes; the contract checks themselves are libs/event-consumer's. */
class ExperienceSnapshotTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final EventReader<ExperienceSnapshot> reader = new EventReaders(new SimpleMeterRegistry()).reader(ExperienceSnapshot.class,
            Arrays.stream(ExperienceEventType.values()).map(type -> type.wireName() + ".v1").toList());

    private static ObjectNode example(ExperienceEventType type) {
        return (ObjectNode) JSON.readTree(EventContracts.example(type.wireName() + ".v1"));
    }

    private ExperienceEvent read(ObjectNode envelope) {
        var record = new ConsumerRecord<>("mutualis.experience.events", 0, 0L,
                envelope.path("aggregateId").asString(), envelope.toString());
        return reader.read(record).map(ExperienceSnapshot::event).orElseThrow();
    }

    @ParameterizedTest
    @EnumSource(ExperienceEventType.class)
    void readsEveryContractExampleIntoAVersionedSnapshot(ExperienceEventType type) {
        ObjectNode example = example(type);

        ExperienceEvent event = read(example);

        assertThat(event.type()).isEqualTo(type);
        assertThat(event.aggregateId()).isEqualTo(example.path("aggregateId").asString());
        assertThat(event.aggregateVersion()).isEqualTo(example.path("aggregateVersion").asLong());
        IndexedExperience snapshot = ((ExperienceEvent.SnapshotChanged) event).snapshot();
        assertThat(snapshot.title()).isEqualTo(example.path("data").path("title").asString());
        assertThat(snapshot.axes()).isNotEmpty();
        assertThat(snapshot.details()).containsKeys("budgetBand", "year");
    }

    @Test
    void keepsOnlyTheDetailsTheIndexMaps() {
        ObjectNode envelope = example(ExperienceEventType.RECORD_CREATED);
        ((ObjectNode) envelope.get("data")).put("addedInALaterRelease", "x");

        IndexedExperience snapshot = ((ExperienceEvent.SnapshotChanged) read(envelope)).snapshot();

        assertThat(snapshot.details()).doesNotContainKeys("addedInALaterRelease", "title", "id");
    }

    @Test
    void refusesASnapshotOfAnotherRecord() {
        ObjectNode envelope = example(ExperienceEventType.RECORD_UPDATED);
        ((ObjectNode) envelope.get("data")).put("id", "0e9b2c4a-7d1f-4c1e-9f62-3b8a5d4e7f10");

        assertThatThrownBy(() -> read(envelope))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("data.id");
    }
}
