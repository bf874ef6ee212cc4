package fr.mutualis.demat.acte.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeChange;
import fr.mutualis.demat.acte.domain.ActeEvents;
import fr.mutualis.demat.acte.domain.PublicText;
import fr.mutualis.outbox.AggregateEvents;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Each change of an acte as its contract's event ({@code demat.acte.<change>}), on topic {@code mutualis.acte.events}. */
@Component
class OutboxActeEvents implements ActeEvents {

    private final AggregateEvents events;
    private final PublicText publicText;
    private final Map<ActeChange, PublishedEventType> types = PublishedEventType.ofEach(ActeChange.class,
            change -> "demat.acte." + change.name().toLowerCase(Locale.ROOT).replace('_', '-'));

    OutboxActeEvents(AggregateEvents events, PublicText publicText) {
        this.events = events;
        this.publicText = publicText;
    }

    @Override
    public void publish(Acte acte, ActeChange change) {
        events.publish(types.get(change), acte.id().toString(), acte.version(), acte.updatedAt(),
                ActePayload.of(acte, publicText));
    }
}
