package fr.mutualis.marches.consultation.application;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes each published consultation once its deadline passed, so that everyone reads « clôturée » and the event
 * tells integrators. Bids are judged late or not by the deadline itself, never by when this runs.
 */
@Component
class DeadlineWatch {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineWatch.class);
    private static final int BATCH = 100;

    private final ConsultationService consultations;

    DeadlineWatch(ConsultationService consultations) {
        this.consultations = consultations;
    }

    @Scheduled(fixedDelayString = "${mutualis.marches.deadline-check-interval:PT2S}")
    void closePastDeadlines() {
        for (UUID id : consultations.pastDeadline(BATCH)) {
            try {
                consultations.closeIfPastDeadline(id);
            } catch (RuntimeException e) {
                // One failing consultation must not keep the others open: it is tried again at the next run.
                LOG.warn("Could not close consultation {} at its deadline: {}", id, e.toString());
            }
        }
    }
}
