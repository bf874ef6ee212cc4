package fr.mutualis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void versions_start_at_one() {
        assertThatThrownBy(() -> envelope("experience.record.created", 1, "experience", "a-1", 0, NOW, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregateVersion");
        assertThatThrownBy(() -> envelope("experience.record.created", 0, "experience", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("schemaVersion");
    }

    @Test
    void routing_fields_are_required() {
        assertThatThrownBy(() -> envelope(" ", 1, "experience", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("eventType");
        assertThatThrownBy(() -> envelope("t", 1, "", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("aggregateType");
        assertThatThrownBy(() -> envelope("t", 1, "experience", null, 1, NOW, Map.of()))
                .hasMessageContaining("aggregateId");
    }

    private static EventEnvelope<Map<String, String>> envelope(String eventType, int schemaVersion, String aggregateType,
                                                               String aggregateId, long aggregateVersion,
                                                               Instant occurredAt, Map<String, String> data) {
        return new EventEnvelope<>(UUID.randomUUID(), eventType, schemaVersion, aggregateType, aggregateId,
                aggregateVersion, occurredAt, data);
    }
}
