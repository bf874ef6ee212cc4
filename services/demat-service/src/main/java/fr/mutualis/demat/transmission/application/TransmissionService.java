package fr.mutualis.demat.transmission.application;

import fr.mutualis.demat.acte.application.ActeChanges;
import fr.mutualis.demat.acte.application.ActeService;
import fr.mutualis.demat.acte.application.DocumentRefs;
import fr.mutualis.demat.acte.domain.Acknowledgement;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeChange;
import fr.mutualis.demat.acte.domain.ActeRepository;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.Actor;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.files.DocumentFiles;
import fr.mutualis.demat.transmission.domain.Envelope;
import fr.mutualis.demat.transmission.domain.Teletransmission;
import fr.mutualis.demat.transmission.domain.Teletransmission.Attachment;
import fr.mutualis.demat.transmission.domain.Teletransmission.PrefectureAnswer;
import fr.mutualis.demat.transmission.domain.TeletransmissionException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Sends signed actes to the préfecture and follows its answers. The sending happens while the acte is locked, so
 * that two agents cannot transmit it twice; the answers are read by polling, as a tiers' client does.
 */
@Service
public class TransmissionService {

    private static final Logger log = LoggerFactory.getLogger(TransmissionService.class);

    private final ActeChanges changes;
    private final ActeService actes;
    private final ActeRepository repository;
    private final DocumentFiles files;
    private final Teletransmission tiers;
    private final Clock clock;

    TransmissionService(ActeChanges changes, ActeService actes, ActeRepository repository, DocumentFiles files,
                        Teletransmission tiers, Clock clock) {
        this.changes = changes;
        this.actes = actes;
        this.repository = repository;
        this.files = files;
        this.tiers = tiers;
        this.clock = clock;
    }

    public Acte transmit(UUID id, Actor agent) {
        requireAgent(agent);
        return changes.change(id, agent, acte -> {
            DocumentRef signed = acte.documentToTransmit();
            List<Attachment> annexes = acte.annexes().stream().map(this::attachment).toList();
            String transmissionId = tiers.send(Envelope.of(acte, signed.name(),
                            acte.annexes().stream().map(DocumentRef::name).toList()),
                    attachment(signed), annexes);
            return acte.transmitted(transmissionId, agent, clock.instant());
        });
    }

    /** Pièces complémentaires: scanned and stored like every file, then sent to the préfecture. */
    public Acte answerComplement(UUID id, List<NamedContent> pieces, Actor agent) {
        requireAgent(agent);
        if (actes.readable(id, agent).state() != ActeState.COMPLEMENT_REQUESTED) {
            throw new fr.mutualis.demat.acte.domain.ActeLifecycleException(
                    "La préfecture n'a pas demandé de pièces complémentaires pour cet acte.");
        }
        List<DocumentRef> stored = new ArrayList<>();
        for (NamedContent piece : pieces) {
            stored.add(DocumentRefs.of(files.acceptAnnex(piece.content(), piece.name())));
        }
        return changes.change(id, agent, acte -> {
            if (acte.state() == ActeState.COMPLEMENT_REQUESTED) {
                tiers.sendComplement(acte.transmissionId().orElseThrow(),
                        stored.stream().map(this::attachment).toList());
            }
            return acte.complementSent(stored, agent, clock.instant());
        });
    }

    public Acte cancel(UUID id, String reason, Actor agent) {
        requireAgent(agent);
        return changes.change(id, agent, acte -> {
            ActeChange cancelled = acte.cancel(reason, agent, clock.instant());
            acte.transmissionId().ifPresent(transmission -> tiers.cancel(transmission, reason));
            return cancelled;
        });
    }

    /** Reads the préfecture's answers for the actes waiting for one. */
    @Scheduled(fixedDelayString = "${mutualis.demat.prefecture.poll-interval:PT2S}")
    public void followAnswers() {
        for (UUID id : repository.awaitingPrefecture(100)) {
            try {
                follow(id);
            } catch (TeletransmissionException | fr.mutualis.demat.acte.domain.ActeLifecycleException e) {
                log.warn("Réponse de la préfecture non lue pour l'acte {} : {}", id, e.getMessage());
            }
        }
    }

    void follow(UUID id) {
        Acte acte = repository.find(id).orElseThrow();
        repository.prefectureChecked(id, clock.instant());
        PrefectureAnswer answer = tiers.status(acte.transmissionId().orElseThrow());
        switch (answer.status()) {
            case ACKNOWLEDGED -> {
                if (acte.state() == ActeState.TRANSMITTED) {
                    changes.changeAsPlatform(id, a -> a.acknowledged(ar(answer), clock.instant()));
                }
            }
            case COMPLEMENT_REQUESTED -> {
                if (acte.state() == ActeState.TRANSMITTED) {
                    changes.changeAsPlatform(id, a -> a.acknowledged(ar(answer), clock.instant()));
                }
                changes.changeAsPlatform(id, a -> a.complementRequested(answer.message(), clock.instant()));
            }
            case REFUSED -> {
                if (acte.state() == ActeState.TRANSMITTED) {
                    changes.changeAsPlatform(id, a -> a.refusedByPrefecture(answer.message(), clock.instant()));
                }
            }
            case PENDING, CANCELLED -> {
                // nothing new
            }
        }
    }

    private static Acknowledgement ar(PrefectureAnswer answer) {
        return new Acknowledgement(answer.acknowledgementIdentifier(), answer.receivedAt());
    }

    private Attachment attachment(DocumentRef ref) {
        return new Attachment(ref.name(), ref.mediaType(), files.read(ref.sha256()));
    }

    private static void requireAgent(Actor actor) {
        if (!actor.agent()) {
            throw new AccessDeniedException("Not an agent");
        }
    }

    /** A file sent by the caller. */
    public record NamedContent(String name, InputStream content) {
    }
}
