package fr.mutualis.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventEnvelopeTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:15:30Z");

    @Test
    void each_new_event_gets_its_own_id() {
        var first = EventEnvelope.of("experience.record.created", 1, "experience", "a-1", 1, NOW, Map.of());
        var second = EventEnvelope.of("experience.record.created", 1, "experience", "a-1", 1, NOW, Map.of());

        assertThat(first.eventId()).isNotEqualTo(second.eventId());
        assertThat(first.aggregateId()).isEqualTo("a-1");
    }

    @Test
    void versions_start_at_one() {
        assertThatThrownBy(() -> EventEnvelope.of("experience.record.created", 1, "experience", "a-1", 0, NOW, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregateVersion");
        assertThatThrownBy(() -> EventEnvelope.of("experience.record.created", 0, "experience", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("schemaVersion");
    }

    @Test
    void routing_fields_are_required() {
        assertThatThrownBy(() -> EventEnvelope.of(" ", 1, "experience", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("eventType");
        assertThatThrownBy(() -> EventEnvelope.of("t", 1, "", "a-1", 1, NOW, Map.of()))
                .hasMessageContaining("aggregateType");
        assertThatThrownBy(() -> EventEnvelope.of("t", 1, "experience", null, 1, NOW, Map.of()))
                .hasMessageContaining("aggregateId");
    }
}
