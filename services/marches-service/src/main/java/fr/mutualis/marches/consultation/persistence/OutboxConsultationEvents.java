package fr.mutualis.marches.consultation.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationChange;
import fr.mutualis.marches.consultation.domain.ConsultationEvents;
import fr.mutualis.outbox.AggregateEvents;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Each public change of a consultation as its contract's event ({@code marches.consultation.<change>}), on topic
 * {@code mutualis.consultation.events}. A draft's changes have no event: nothing of a draft leaves the service.
 */
@Component
class OutboxConsultationEvents implements ConsultationEvents {

    private final AggregateEvents events;
    private final Map<ConsultationChange, PublishedEventType> types = Arrays.stream(ConsultationChange.values())
            .filter(ConsultationChange::isPublished)
            .collect(Collectors.toUnmodifiableMap(Function.identity(), change -> PublishedEventType.named(
                    "marches.consultation." + change.name().toLowerCase(Locale.ROOT).replace('_', '-'))));

    OutboxConsultationEvents(AggregateEvents events) {
        this.events = events;
    }

    @Override
    public void publish(Consultation consultation, ConsultationChange change) {
        events.publish(types.get(change), consultation.id().toString(), consultation.version(),
                consultation.updatedAt(), ConsultationPayload.of(consultation));
    }
}
