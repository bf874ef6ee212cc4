package fr.mutualis.search.acte.application;

import fr.mutualis.search.acte.domain.ActeIndex;
import fr.mutualis.search.acte.domain.CollectiviteDirectory;
import fr.mutualis.search.shared.domain.IndexOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Use case: bring the actes index up to date with one event of the démat service.
 *
 * <p>Only what anyone may read is indexed: a published or archived acte is upserted, with its collectivité described
 * by the referential; in any other state (before publication, {@code annule}) it is removed, at the event's version,
 * so that a late older publication can never bring it back (ADR 0004).
 *
 * <p>Idempotent: a repeated or late event changes nothing and is counted in {@value #EVENTS_METER} with
 * {@code outcome=stale}.
 */
public class IndexActeEvent {

    /** Counter of consumed acte events, tagged by {@code type} and {@code outcome}. */
    public static final String EVENTS_METER = "mutualis.search.acte.events";

    private static final Logger log = LoggerFactory.getLogger(IndexActeEvent.class);

    private final ActeIndex index;
    private final CollectiviteDirectory collectivites;
    private final MeterRegistry meters;

    public IndexActeEvent(ActeIndex index, CollectiviteDirectory collectivites, MeterRegistry meters) {
        this.index = Objects.requireNonNull(index, "index");
        this.collectivites = Objects.requireNonNull(collectivites, "collectivites");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * @throws fr.mutualis.search.shared.domain.IndexUnavailableException when the index cannot be reached
     * @throws fr.mutualis.search.shared.domain.ChangeRejectedException   when the index refuses the change
     */
    public IndexOutcome handle(ActeEvent event) {
        IndexOutcome outcome;
        if (event.isPublic()) {
            var acte = event.published();
            outcome = index.index(acte.withCollectivite(collectivites.describe(acte.siren()).orElse(null)));
        } else {
            outcome = index.remove(event.acteId(), event.version());
        }
        log.debug("{} event {} ({} v{} of acte {}, state {})", outcome == IndexOutcome.STALE ? "Stale" : "Applied",
                event.eventId(), event.type(), event.version(), event.acteId(), event.state());
        Counter.builder(EVENTS_METER)
                .description("Acte events consumed by the actes index")
                .tag("type", event.type())
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .register(meters)
                .increment();
        return outcome;
    }
}
