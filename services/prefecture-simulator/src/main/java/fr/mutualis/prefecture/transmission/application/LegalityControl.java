package fr.mutualis.prefecture.transmission.application;

import fr.mutualis.prefecture.transmission.domain.ControlPolicy;
import fr.mutualis.prefecture.transmission.domain.Transmission;
import fr.mutualis.prefecture.transmission.domain.TransmissionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The préfecture's side: each waiting transmission, once {@code acknowledgement-delay} has passed, is refused (an
 * acte it already holds, a refused nature or matière) or acknowledged, then possibly asked for more pieces.
 */
@Service
public class LegalityControl {

    private static final Logger log = LoggerFactory.getLogger(LegalityControl.class);
    private static final int BATCH = 100;

    private final TransmissionRepository transmissions;
    private final PrefectureProperties properties;
    private final ControlPolicy policy;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public LegalityControl(TransmissionRepository transmissions, PrefectureProperties properties, Clock clock,
                           PlatformTransactionManager transactionManager) {
        this.transmissions = transmissions;
        this.properties = properties;
        this.policy = new ControlPolicy(properties.refusedNatures(), properties.refusedMatieres(),
                properties.complementNatures(), properties.complementMatieres(), properties.complementMessage());
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Scheduled(fixedDelayString = "${mutualis.prefecture.poll-interval:PT0.5S}",
            initialDelayString = "${mutualis.prefecture.poll-interval:PT0.5S}")
    void examineWaiting() {
        try {
            examine();
        } catch (RuntimeException e) {
            log.warn("Examination of waiting transmissions failed; retried at the next round", e);
        }
    }

    /** Examines the waiting transmissions that are due, in one transaction; returns how many. */
    public int examine() {
        Integer examined = transaction.execute(status -> {
            Instant now = clock.instant();
            List<Transmission> due = transmissions.lockWaiting(now.minus(properties.acknowledgementDelay()), BATCH);
            for (Transmission transmission : due) {
                decide(transmission, now);
                transmissions.update(transmission);
            }
            return due.size();
        });
        return examined == null ? 0 : examined;
    }

    private void decide(Transmission transmission, Instant now) {
        Optional<Transmission> holding = transmissions.findHolding(transmission.acteIdentifier(), transmission.id());
        if (holding.isPresent()) {
            transmission.refuse("Acte déjà transmis : " + transmission.acteIdentifier() + " (accusé de réception du "
                    + holding.get().acknowledgement().receivedAt() + ").", now);
            return;
        }
        Optional<String> refusal = policy.refusalOf(transmission);
        if (refusal.isPresent()) {
            transmission.refuse(refusal.get(), now);
            return;
        }
        transmission.acknowledge(now);
        policy.complementFor(transmission).ifPresent(message -> transmission.requestComplement(message, now));
    }
}
