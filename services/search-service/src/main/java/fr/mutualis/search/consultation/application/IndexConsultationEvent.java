package fr.mutualis.search.consultation.application;

import fr.mutualis.search.consultation.domain.ConsultationIndex;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: bring the consultations index up to date with one event of the marchés service. Every state of a
 * consultation is public (a draft never produces an event), so every event upserts its snapshot; nothing is removed.
 *
 * <p>Idempotent: a repeated or late event changes nothing (ADR 0004) and is counted in {@value #EVENTS_METER} with
 * {@code outcome=stale}.
 */
public class IndexConsultationEvent {

    /** Counter of consumed consultation events, tagged by {@code type} and {@code outcome}. */
    public static final String EVENTS_METER = "mutualis.search.consultation.events";

    private static final Logger log = LoggerFactory.getLogger(IndexConsultationEvent.class);

    private final ConsultationIndex index;
    private final MeterRegistry meters;

    public IndexConsultationEvent(ConsultationIndex index, MeterRegistry meters) {
        this.index = Objects.requireNonNull(index, "index");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached
     * @throws fr.mutualis.search.shared.domain.ChangeRejectedException   when the index refuses the change
     */
    public IndexOutcome handle(ConsultationEvent event) {
        var consultation = event.consultation();
        IndexOutcome outcome = index.index(consultation);
        log.debug("{} event {} ({} v{} of consultation {}, state {})",
                outcome == IndexOutcome.STALE ? "Stale" : "Applied", event.eventId(), event.type(),
                consultation.version(), consultation.id(), consultation.state());
        Counter.builder(EVENTS_METER)
                .description("Consultation events consumed by the consultations index")
                .tag("type", event.type())
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
        return outcome;
    }
}
