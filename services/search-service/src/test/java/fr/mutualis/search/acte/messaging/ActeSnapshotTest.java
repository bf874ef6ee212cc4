package fr.mutualis.search.acte.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.acte.application.ActeEvent;
import fr.mutualis.search.support.ActeEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The contract's examples, read as the listener reads them. */
class ActeSnapshotTest {

    private final EventReaders readers = new EventReaders(new SimpleMeterRegistry());

    private ActeEvent read(String key, String json) {
        var reader = readers.reader(ActeSnapshot.class, ActeEventListener.TYPES);
        return reader.read(new ConsumerRecord<>("mutualis.acte.events", 0, 0, key, json)).map(ActeSnapshot::event)
                .orElseThrow();
    }

    @Test
    void a_published_acte_carries_what_its_publication_made_public() {
        String id = UUID.randomUUID().toString();
        ActeEvent event = read(id, ActeEvents.example("published", id, "223300013", 12).json());

        assertThat(event.isPublic()).isTrue();
        assertThat(event.version()).isEqualTo(12);
        var acte = event.published();
        assertThat(acte.identifier()).isEqualTo("033-223300013-20261130-2026_042-DE");
        assertThat(acte.nature().abbreviation()).isEqualTo("DE");
        assertThat(acte.matiere().level1()).isEqualTo("5");
        assertThat(acte.matiere().path()).containsExactly("5", "5.7");
        assertThat(acte.decisionDate()).isEqualTo(LocalDate.parse("2026-11-30"));
        assertThat(acte.publishedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(acte.documents()).hasSize(2);
        assertThat(acte.text()).contains("dématérialisation");
        assertThat(acte.collectivite()).isNull();
    }

    @Test
    void every_other_state_takes_the_acte_out() {
        for (String change : ActeEventListener.TYPES) {
            String name = change.substring("demat.acte.".length(), change.length() - ".v1".length());
            String id = UUID.randomUUID().toString();
            ActeEvent event = read(id, ActeEvents.example(name, id, "223300013", 3).json());
            assertThat(event.isPublic()).as(name)
                    .isEqualTo(event.state().equals("publie") || event.state().equals("archive"));
        }
    }

    @Test
    void a_snapshot_filed_under_another_acte_is_malformed() {
        String id = UUID.randomUUID().toString();
        String json = ActeEvents.example("published", id, "223300013", 12).json()
                .replaceFirst("\"id\":\"" + id + "\"", "\"id\":\"" + UUID.randomUUID() + "\"");

        assertThatThrownBy(() -> read(id, json)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("differs from aggregateId");
    }
}
