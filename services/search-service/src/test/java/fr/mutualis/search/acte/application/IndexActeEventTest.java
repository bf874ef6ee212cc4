package fr.mutualis.search.acte.application;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.acte.domain.ActeIndex;
import fr.mutualis.search.acte.domain.PublishedActe;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class IndexActeEventTest {

    private final List<Object> writes = new ArrayList<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ActeIndex index = new ActeIndex() {
        @Override
        public IndexOutcome index(PublishedActe acte) {
            writes.add(acte);
            return IndexOutcome.APPLIED;
        }

        @Override
        public IndexOutcome remove(String id, long version) {
            writes.add("remove " + id + " v" + version);
            return IndexOutcome.STALE;
        }
    };
    private final PublishedActe.Collectivite gironde =
            new PublishedActe.Collectivite("Gironde", "departement", new PublishedActe.Territory("33", "Gironde"));

    private static PublishedActe acte(String id, long version) {
        return new PublishedActe(id, "033-223300013-20261130-2026_042-DE", "223300013", null, "publie",
                new PublishedActe.Nature(1, "DE", "Délibérations"), new PublishedActe.Matiere("5.7", "Intercommunalité"),
                "2026_042", "Adhésion", "Texte", LocalDate.parse("2026-11-30"), Instant.parse("2026-12-01T09:00:00Z"),
                null, List.of(), version);
    }

    @Test
    void a_public_acte_is_indexed_with_its_collectivite() {
        String id = UUID.randomUUID().toString();
        var useCase = new IndexActeEvent(index, siren -> Optional.of(gironde), meters);

        var outcome = useCase.handle(new ActeEvent(UUID.randomUUID(), "demat.acte.published", id, 12, "publie",
                acte(id, 12)));

        assertThat(outcome).isEqualTo(IndexOutcome.APPLIED);
        assertThat(((PublishedActe) writes.get(0)).collectivite()).isEqualTo(gironde);
        assertThat(meters.counter(IndexActeEvent.EVENTS_METER, "type", "demat.acte.published", "outcome", "applied")
                .count()).isEqualTo(1);
    }

    @Test
    void any_other_state_removes_it_at_the_event_version() {
        String id = UUID.randomUUID().toString();
        var useCase = new IndexActeEvent(index, siren -> Optional.empty(), meters);

        var outcome = useCase.handle(new ActeEvent(UUID.randomUUID(), "demat.acte.cancelled", id, 14, "annule", null));

        assertThat(outcome).isEqualTo(IndexOutcome.STALE);
        assertThat(writes).containsExactly("remove " + id + " v14");
        assertThat(meters.counter(IndexActeEvent.EVENTS_METER, "type", "demat.acte.cancelled", "outcome", "stale")
                .count()).isEqualTo(1);
    }
}
