package fr.mutualis.demat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.mutualis.demat.acte.application.ActeCommand;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeMetadata;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.Matiere;
import fr.mutualis.demat.acte.domain.Nature;
import fr.mutualis.demat.circuit.application.CircuitService;
import fr.mutualis.demat.publication.application.PublicationService;
import fr.mutualis.demat.transmission.application.TransmissionService;
import fr.mutualis.demat.support.ParisDay;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When the préfecture is down or silent, the demonstration stops with a warning, and never throws. */
class DemoActesLoaderTest {

    private final ActeService actes = mock(ActeService.class);
    private final CircuitService circuits = mock(CircuitService.class);
    private final TransmissionService transmissions = mock(TransmissionService.class);
    private final PublicationService publications = mock(PublicationService.class);
    private final Map<UUID, Acte> drafted = new ConcurrentHashMap<>();

    @BeforeEach
    void drafts() {
        when(actes.ofMyCollectivite(any(), any())).thenReturn(List.of());
        when(actes.draft(any(), any())).thenAnswer(call -> draftOf(call.getArgument(0), call.getArgument(1)));
        // Every acte stays a draft: the préfecture never answers.
        when(actes.readable(any(UUID.class), any(Actor.class))).thenAnswer(call -> drafted.get(call.getArgument(0)));
    }

    @Test
    void a_silent_prefecture_stops_the_load_after_the_timeout() {
        var result = loader(Duration.ofMillis(600)).load();
        assertThat(result.skipped()).isFalse();
        assertThat(result.created()).isEqualTo(DemoActes.ALL.size());
        assertThat(result.stoppedBecause()).startsWith("pas de réponse de la préfecture en 0 s");
        verify(publications, never()).publish(any(), any());
    }

    @Test
    void an_unreachable_prefecture_stops_the_load_at_the_first_transmission() {
        when(transmissions.transmit(any(), any())).thenThrow(new IllegalStateException("Connection refused"));
        var result = loader(Duration.ofSeconds(30)).load();
        assertThat(result.stoppedBecause()).contains("la préfecture n'a pas pu être jointe")
                .contains("Connection refused");
        verify(publications, never()).publish(any(), any());
    }

    @Test
    void the_first_draft_is_tried_again_while_the_referential_does_not_know_the_departement() {
        var calls = new java.util.concurrent.atomic.AtomicInteger();
        org.mockito.Mockito.doAnswer(call -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("référentiel indisponible");
            }
            return draftOf(call.getArgument(0), call.getArgument(1));
        }).when(actes).draft(any(), any());
        var loader = new DemoActesLoader(actes, circuits, transmissions, publications,
                new DemoProperties(true, false, Duration.ofSeconds(1), Duration.ofMinutes(1)), Clock.systemUTC());
        var result = loader.load();
        assertThat(result.skipped()).isFalse();
        assertThat(result.created()).isEqualTo(DemoActes.ALL.size());
        verify(actes, org.mockito.Mockito.times(DemoActes.ALL.size() + 1)).draft(any(), any());
    }

    @Test
    void nothing_is_loaded_where_the_departement_already_has_actes() {
        Acte existing = Acte.draft(UUID.randomUUID(), DemoActes.GIRONDE, "033", new ActeMetadata(Nature.ofCode(1),
                new Matiere("5.2", "Fonctionnement des assemblées"), LocalDate.of(2020, 1, 1), "A1", "Objet",
                ParisDay.today()), DemoActes.AGENT, Instant.now());
        when(actes.ofMyCollectivite(DemoActes.AGENT, Optional.empty())).thenReturn(List.of(existing));
        var result = loader(Duration.ofSeconds(1)).load();
        assertThat(result.skipped()).isTrue();
        assertThat(result.created()).isZero();
        verify(actes, never()).draft(any(), any());
    }

    /** All but "transmis", which lasts until the préfecture's acknowledgement, a few seconds. */
    @Test
    void every_lasting_state_is_in_the_demonstration() {
        assertThat(DemoActes.ALL).extracting(DemoActe::target).contains(java.util.Arrays.stream(ActeState.values())
                .filter(state -> state != ActeState.TRANSMITTED).toArray(ActeState[]::new));
        assertThat(DemoActes.ALL).extracting(DemoActe::numero).doesNotHaveDuplicates();
    }

    private Acte draftOf(ActeCommand command, Actor author) {
        Acte acte = Acte.draft(UUID.randomUUID(), DemoActes.GIRONDE, "033",
                new ActeMetadata(Nature.ofCode(command.nature()), new Matiere(command.matiere(), "Matière"),
                        LocalDate.of(2020, 1, 1), command.numero(), command.objet(), command.dateDecision()),
                author, Instant.now());
        drafted.put(acte.id(), acte);
        return acte;
    }

    private DemoActesLoader loader(Duration timeout) {
        return new DemoActesLoader(actes, circuits, transmissions, publications,
                new DemoProperties(true, true, timeout, Duration.ZERO), Clock.systemUTC());
    }
}
