package fr.mutualis.demat.demo;

import static fr.mutualis.demat.demo.DemoActes.AGENT;
import static fr.mutualis.demat.demo.DemoActes.COLLECTIVITE;
import static fr.mutualis.demat.demo.DemoActes.ELU;

import fr.mutualis.demat.acte.application.ActeCommand;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.CircuitStep;
import fr.mutualis.demat.acte.domain.CircuitStep.StepKind;
import fr.mutualis.demat.circuit.application.CircuitService;
import fr.mutualis.demat.publication.application.PublicationService;
import fr.mutualis.demat.transmission.application.TransmissionService;
import fr.mutualis.pdf.DemoDocuments;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes the demonstration actes ({@link DemoActes}) to their states through the use cases, as Léa Dubois (agent) and
 * Sophie Laurent (élue) would: drafted, put in circuit, signed with the élue's own key, rejected, transmitted to the
 * préfecture, answered by it, published, archived, cancelled. Idempotent: nothing is loaded when the Département
 * already has actes. States past the transmission wait for the préfecture's answers, each for a bounded time; when it
 * does not answer, a warning says so and the load stops there.
 */
@Component
public class DemoActesLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoActesLoader.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Duration POLL = Duration.ofMillis(500);

    private final ActeService actes;
    private final CircuitService circuits;
    private final TransmissionService transmissions;
    private final PublicationService publications;
    private final DemoProperties properties;
    private final Clock clock;

    DemoActesLoader(ActeService actes, CircuitService circuits, TransmissionService transmissions,
                    PublicationService publications, DemoProperties properties, Clock clock) {
        this.actes = actes;
        this.circuits = circuits;
        this.transmissions = transmissions;
        this.publications = publications;
        this.properties = properties;
        this.clock = clock;
    }

    /** @return what this load created; nothing when the Département already had actes */
    public Result load() {
        if (!actes.ofMyCollectivite(AGENT, Optional.empty()).isEmpty()) {
            log.info("Actes de démonstration : le {} a déjà des actes, aucun n'est ajouté.", COLLECTIVITE);
            return new Result(true, Map.of(), null);
        }
        Map<DemoActe, UUID> loaded = new LinkedHashMap<>();
        for (DemoActe demo : DemoActes.ALL) {
            loaded.put(demo, prepare(demo));
        }
        String stoppedBecause = null;
        List<DemoActe> toTransmit = loaded.keySet().stream().filter(DemoActe::transmitted).toList();
        if (!toTransmit.isEmpty() && !properties.transmit()) {
            stoppedBecause = "transmission désactivée (mutualis.demo.transmit=false) : " + toTransmit.size()
                    + " actes restent signés";
            log.info("Actes de démonstration : {}.", stoppedBecause);
        } else if (!toTransmit.isEmpty()) {
            stoppedBecause = transmitAndFollow(toTransmit, loaded);
        }
        Result result = new Result(false, countByState(loaded.values()), stoppedBecause);
        log.info("Actes de démonstration du {} : {} actes créés ({}){}.", COLLECTIVITE, result.created(),
                result.byState().entrySet().stream().map(e -> e.getKey().code() + " : " + e.getValue())
                        .collect(Collectors.joining(", ")),
                stoppedBecause == null ? "" : " ; arrêté avant la fin : " + stoppedBecause);
        return result;
    }

    /** Drafted with its document, then taken through its circuit as far as its target (signed when transmitted). */
    private UUID prepare(DemoActe demo) {
        LocalDate decided = LocalDate.now(clock.withZone(PARIS)).minusDays(demo.daysAgo());
        UUID id = draft(new ActeCommand(demo.nature(), demo.matiere(), decided.getYear() + "_" + demo.numero(),
                demo.objet(), decided));
        List<String> text = new ArrayList<>();
        text.add(COLLECTIVITE + ", séance du " + decided.getDayOfMonth() + "/" + decided.getMonthValue() + "/"
                + decided.getYear() + ".");
        text.addAll(demo.paragraphs());
        actes.attachMainDocument(id, new ByteArrayInputStream(DemoDocuments.simplePdf(demo.objet(), text)),
                demo.numero().toLowerCase(java.util.Locale.ROOT) + ".pdf", AGENT);
        switch (demo.target()) {
            case DRAFTED -> {
                // stays with its author
            }
            case IN_CIRCUIT -> {
                circuits.start(id, List.of(CircuitStep.toDo(StepKind.VISA, AGENT.email()),
                        CircuitStep.toDo(StepKind.SIGNATURE, null)), AGENT);
                circuits.giveVisa(id, AGENT); // now in the élue's parapheur
            }
            case REJECTED -> {
                circuits.start(id, List.of(CircuitStep.toDo(StepKind.SIGNATURE, null)), AGENT);
                circuits.reject(id, demo.reason(), ELU);
            }
            default -> {
                circuits.start(id, List.of(CircuitStep.toDo(StepKind.SIGNATURE, null)), AGENT);
                circuits.sign(id, ELU);
            }
        }
        return id;
    }

    /** Tried again while the referential does not know the Département yet (starting, importing). */
    private UUID draft(ActeCommand command) {
        long deadline = System.nanoTime() + properties.referentialTimeout().toNanos();
        while (true) {
            try {
                return actes.draft(command, AGENT).id();
            } catch (RuntimeException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                log.info("Actes de démonstration : le référentiel ne connaît pas encore le {} ({}) ; nouvel essai "
                        + "dans 5 s.", COLLECTIVITE, e.getMessage());
                if (!pause(Duration.ofSeconds(5))) {
                    throw e;
                }
            }
        }
    }

    /** @return why the load stopped early, or null */
    private String transmitAndFollow(List<DemoActe> toTransmit, Map<DemoActe, UUID> loaded) {
        for (DemoActe demo : toTransmit) {
            try {
                transmissions.transmit(loaded.get(demo), AGENT);
            } catch (RuntimeException e) {
                String reason = "la préfecture n'a pas pu être jointe (" + e.getMessage() + ")";
                log.warn("Actes de démonstration : {} ; les actes restants ne sont pas transmis.", reason);
                return reason;
            }
        }
        for (DemoActe demo : toTransmit) {
            UUID id = loaded.get(demo);
            if (!await(id, demo.answered())) {
                String reason = "pas de réponse de la préfecture en " + properties.prefectureTimeout().toSeconds()
                        + " s pour « " + demo.objet() + " »";
                log.warn("Actes de démonstration : {} ; le chargement s'arrête là (la préfecture est-elle démarrée ?).",
                        reason);
                return reason;
            }
        }
        for (DemoActe demo : toTransmit) {
            UUID id = loaded.get(demo);
            switch (demo.target()) {
                case PUBLISHED -> publications.publish(id, AGENT);
                case ARCHIVED -> {
                    publications.publish(id, AGENT);
                    publications.archive(id, AGENT);
                }
                case CANCELLED -> transmissions.cancel(id, demo.reason(), AGENT);
                default -> {
                    // left as the préfecture answered
                }
            }
        }
        return null;
    }

    /** Waits for the préfecture's answer, which the transmission reads by polling. */
    private boolean await(UUID id, ActeState expected) {
        long deadline = System.nanoTime() + properties.prefectureTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (actes.readable(id, AGENT).state() == expected) {
                return true;
            }
            if (!pause(POLL)) {
                return false;
            }
        }
        return false;
    }

    /** @return false when interrupted (the service stops) */
    private static boolean pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Map<ActeState, Integer> countByState(java.util.Collection<UUID> ids) {
        Map<ActeState, Integer> counts = new EnumMap<>(ActeState.class);
        for (UUID id : ids) {
            Acte acte = actes.readable(id, AGENT);
            counts.merge(acte.state(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * @param skipped        the Département already had actes: nothing was loaded
     * @param byState        the actes created, by their state at the end of the load
     * @param stoppedBecause why the load stopped before the last states, or null
     */
    public record Result(boolean skipped, Map<ActeState, Integer> byState, String stoppedBecause) {

        public int created() {
            return byState.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
