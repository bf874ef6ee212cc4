package fr.mutualis.search.consultation.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.consultation.domain.PublishedConsultation;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexConsultationEventTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<PublishedConsultation> written = new ArrayList<>();

    private static PublishedConsultation consultation(String state, long version) {
        return new PublishedConsultation(UUID.randomUUID().toString(), "2026-DSI-014",
                new PublishedConsultation.Buyer("223300013", "Département de la Gironde"), "Maintenance du portail",
                "72267000-4", "Appel d'offres ouvert", "Marché", "services", List.of(), new BigDecimal("240000"),
                new PublishedConsultation.Place("33063", "Code commune"),
                OffsetDateTime.parse("2027-01-15T12:00:00+01:00"), state, null, Instant.parse("2026-12-01T09:00:00Z"),
                List.of(), List.of(), null, List.of(), version);
    }

    @Test
    void every_state_is_upserted_and_counted_by_its_outcome() {
        var applied = new IndexConsultationEvent(consultation -> {
            written.add(consultation);
            return IndexOutcome.APPLIED;
        }, meters);
        var stale = new IndexConsultationEvent(consultation -> IndexOutcome.STALE, meters);

        for (String state : PublishedConsultation.STATES) {
            applied.handle(new ConsultationEvent(UUID.randomUUID(), "marches.consultation.closed",
                    consultation(state, 8)));
        }
        assertThat(stale.handle(new ConsultationEvent(UUID.randomUUID(), "marches.consultation.published",
                consultation("publiee", 4)))).isEqualTo(IndexOutcome.STALE);

        assertThat(written).extracting(PublishedConsultation::state)
                .containsExactlyElementsOf(PublishedConsultation.STATES);
        assertThat(meters.counter(IndexConsultationEvent.EVENTS_METER, "type", "marches.consultation.closed",
                "outcome", "applied").count()).isEqualTo(6);
        assertThat(meters.counter(IndexConsultationEvent.EVENTS_METER, "type", "marches.consultation.published",
                "outcome", "stale").count()).isEqualTo(1);
    }
}
