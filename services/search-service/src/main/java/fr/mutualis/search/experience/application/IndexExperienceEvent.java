package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Use case: bring the search index up to date with one experience event.
 *
 * <p>Only what anyone may read is indexed: a snapshot of a record that is not public (a draft) removes it.
 *
 * <p>Idempotent: the index keeps, per experience, the highest aggregate version it has seen, so a repeated or late
 * event changes nothing. Such events are counted in {@value #EVENTS_METER} with {@code outcome=stale}; they are
 * normal with at-least-once delivery and are not errors.
 */
public class IndexExperienceEvent {

    /** Counter of consumed experience events, tagged by {@code type} and {@code outcome}. */
    public static final String EVENTS_METER = "mutualis.search.experience.events";

    private static final Logger log = LoggerFactory.getLogger(IndexExperienceEvent.class);

    /** Counter of the events an index rebuild replays, tagged like {@value #EVENTS_METER}. */
    public static final String REBUILD_METER = "mutualis.search.experience.rebuild.events";

    private final ExperienceIndex index;
    private final MeterRegistry meters;
    private final String meter;

    public IndexExperienceEvent(ExperienceIndex index, MeterRegistry meters) {
        this(index, meters, EVENTS_METER);
    }

    /** @param meter the counter's name: a rebuild's replay is not counted with the live events */
    public IndexExperienceEvent(ExperienceIndex index, MeterRegistry meters, String meter) {
        this.index = Objects.requireNonNull(index, "index");
        this.meters = Objects.requireNonNull(meters, "meters");
        this.meter = Objects.requireNonNull(meter, "meter");
    }

    /**
     * Applies the event to the index.
     *
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached
     * @throws fr.mutualis.search.shared.domain.ChangeRejectedException   when the index refuses the change
     */
    public IndexOutcome handle(ExperienceEvent event) {
        return handleAll(List.of(event)).get(0);
    }

    /**
     * Applies the events to the index together (one bulk request for a consumer's batch), in order.
     *
     * @return the outcome of each event, in order
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached; retrying
     *                                                                    all the events is safe
     * @throws fr.mutualis.search.shared.domain.ChangeRejectedException   when the index refuses an event's change,
     *                                                                    named by the event's position; the others
     *                                                                    were applied
     */
    public List<IndexOutcome> handleAll(List<ExperienceEvent> events) {
        List<IndexOutcome> outcomes = index.apply(events.stream().map(IndexExperienceEvent::change).toList());
        for (int i = 0; i < events.size(); i++) {
            ExperienceEvent event = events.get(i);
            IndexOutcome outcome = outcomes.get(i);
            if (outcome == IndexOutcome.STALE) {
                log.debug("Stale or repeated event {} ({} v{} of {}): the index already holds this version or a "
                        + "newer one", event.eventId(), event.type().wireName(), event.aggregateVersion(),
                        event.aggregateId());
            } else {
                log.debug("Applied event {} ({} v{} of {})",
                        event.eventId(), event.type().wireName(), event.aggregateVersion(), event.aggregateId());
            }
            counter(event.type().wireName(), outcome.name()).increment();
        }
        return outcomes;
    }

    private static ExperienceIndex.Change change(ExperienceEvent event) {
        if (event instanceof ExperienceEvent.SnapshotChanged changed && changed.snapshot().isPublic()) {
            return new ExperienceIndex.Put(changed.snapshot());
        }
        // A draft, or a record leaving public view: versioned like indexing, so a late public snapshot of an older
        // version cannot bring it back.
        return new ExperienceIndex.Remove(event.aggregateId(), event.aggregateVersion());
    }

    private Counter counter(String type, String outcome) {
        return Counter.builder(meter)
                .description("Experience events consumed by the search index")
                .tag("type", type)
                .tag("outcome", outcome.toLowerCase(Locale.ROOT))
                .register(meters);
    }
}
