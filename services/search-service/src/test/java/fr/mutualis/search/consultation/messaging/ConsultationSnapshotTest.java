package fr.mutualis.search.consultation.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.consultation.application.ConsultationEvent;
import fr.mutualis.search.consultation.domain.PublishedConsultation;
import fr.mutualis.search.support.ConsultationEvents;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** The contract's examples, read as the listener reads them: the consumer's side of the contract. */
class ConsultationSnapshotTest {

    private static final String BUYER = "223300013";

    private final EventReaders readers = new EventReaders(new SimpleMeterRegistry());

    private ConsultationEvent read(String key, String json) {
        var reader = readers.reader(ConsultationSnapshot.class, ConsultationEventListener.TYPES);
        return reader.read(new ConsumerRecord<>("mutualis.consultation.events", 0, 0, key, json))
                .map(ConsultationSnapshot::event).orElseThrow();
    }

    private static String change(String type) {
        return type.substring("marches.consultation.".length(), type.length() - ".v1".length());
    }

    @Test
    void the_listener_handles_every_consultation_event_of_the_contracts() {
        assertThat(ConsultationEventListener.TYPES).containsExactlyInAnyOrderElementsOf(EventContracts.published()
                .stream().filter(type -> type.startsWith("marches.consultation.")).toList());
    }

    @Test
    void every_example_is_a_public_snapshot_open_only_while_published() {
        Map<String, String> states = Map.of("published", "publiee", "dce-modified", "publiee",
                "deadline-postponed", "publiee", "question-answered", "publiee", "closed", "cloturee",
                "opened", "ouverte", "awarded", "attribuee", "declared-unsuccessful", "infructueuse",
                "abandoned", "sans-suite");
        for (String type : ConsultationEventListener.TYPES) {
            String change = change(type);
            String id = UUID.randomUUID().toString();
            ConsultationEvent event = read(id, ConsultationEvents.example(change, id, BUYER, 7).json());

            assertThat(event.type()).as(change).isEqualTo("marches.consultation." + change);
            PublishedConsultation consultation = event.consultation();
            assertThat(consultation.id()).as(change).isEqualTo(id);
            assertThat(consultation.version()).as(change).isEqualTo(7);
            assertThat(consultation.state()).as(change).isEqualTo(states.get(change));
            assertThat(consultation.isOpen()).as(change).isEqualTo(consultation.state().equals("publiee"));
        }
    }

    @Test
    void a_published_consultation_carries_what_every_company_may_read() {
        String id = UUID.randomUUID().toString();
        PublishedConsultation consultation =
                read(id, ConsultationEvents.example("published", id, BUYER, 4).json()).consultation();

        assertThat(consultation.buyer()).isEqualTo(new PublishedConsultation.Buyer(BUYER, "Département de la Gironde"));
        assertThat(consultation.reference()).isEqualTo("2026-DSI-014");
        assertThat(consultation.cpv()).isEqualTo("72267000-4");
        assertThat(consultation.cpvDivision()).isEqualTo("72");
        assertThat(consultation.cpvPath()).containsExactly("72", "722", "7226", "72267");
        assertThat(consultation.procedure()).isEqualTo("Appel d'offres ouvert");
        assertThat(consultation.category()).isEqualTo("services");
        assertThat(consultation.lots()).extracting(PublishedConsultation.Lot::title)
                .containsExactly("Maintenance corrective et évolutive", "Hébergement et infogérance");
        assertThat(consultation.estimatedAmount()).isEqualByComparingTo(new BigDecimal("240000"));
        assertThat(consultation.placeOfExecution()).isEqualTo(new PublishedConsultation.Place("33063", "Code commune"));
        // The buyer's offset is kept: the portal shows the deadline as published.
        assertThat(consultation.deadline()).isEqualTo(OffsetDateTime.parse("2027-01-15T12:00:00+01:00"));
        assertThat(consultation.deadline().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(consultation.publishedAt()).isEqualTo(Instant.parse("2026-12-01T09:00:00Z"));
        assertThat(consultation.dce()).singleElement()
                .satisfies(file -> assertThat(file.name()).isEqualTo("RC-2026-DSI-014.pdf"));
        assertThat(consultation.awards()).isEmpty();
    }

    @Test
    void an_awarded_consultation_names_its_contracts_not_their_holders() {
        String id = UUID.randomUUID().toString();
        PublishedConsultation consultation =
                read(id, ConsultationEvents.example("awarded", id, BUYER, 10).json()).consultation();

        assertThat(consultation.isOpen()).isFalse();
        assertThat(consultation.awards()).singleElement().satisfies(award -> {
            assertThat(award.lot()).isEqualTo(1);
            assertThat(award.contractId()).isEqualTo("8e4f2a1c-3b5d-4e6f-9a7b-1c2d3e4f5a6b");
        });
    }

    @Test
    void a_snapshot_filed_under_another_consultation_is_malformed() {
        String id = UUID.randomUUID().toString();
        String json = ConsultationEvents.example("published", id, BUYER, 4).json()
                .replaceFirst("\"id\":\"" + id + "\"", "\"id\":\"" + UUID.randomUUID() + "\"");

        assertThatThrownBy(() -> read(id, json)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("differs from aggregateId");
    }

    @Test
    void a_snapshot_without_its_deadline_breaks_the_contract() {
        String id = UUID.randomUUID().toString();
        String json = ConsultationEvents.example("published", id, BUYER, 4).json()
                .replace("\"deadline\":", "\"dateLimite\":");

        assertThatThrownBy(() -> read(id, json)).isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("breaks its contract");
    }
}
