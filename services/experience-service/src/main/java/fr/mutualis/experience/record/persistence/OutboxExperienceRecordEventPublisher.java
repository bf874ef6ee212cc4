package fr.mutualis.experience.record.persistence;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.experience.record.domain.ExperienceRecordCreated;
import fr.mutualis.experience.record.domain.ExperienceRecordEvent;
import fr.mutualis.experience.record.domain.ExperienceRecordEventPublisher;
import fr.mutualis.experience.record.domain.ExperienceRecordUpdated;
import fr.mutualis.outbox.OutboxWriter;
import org.springframework.stereotype.Component;

/**
 * Publishes experience events through the transactional outbox: one row in table {@code outbox}, in the transaction
 * of the change, which Debezium routes to topic {@code mutualis.experience.events}.
 */
@Component
class OutboxExperienceRecordEventPublisher implements ExperienceRecordEventPublisher {

    private final OutboxWriter outbox;

    OutboxExperienceRecordEventPublisher(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publish(ExperienceRecordEvent event) {
        outbox.append(EventEnvelope.of(
                eventType(event),
                ExperienceEventContract.SCHEMA_VERSION,
                ExperienceEventContract.AGGREGATE_TYPE,
                event.snapshot().id().toString(),
                event.version(),
                event.occurredAt(),
                ExperienceRecordPayload.of(event.snapshot())));
    }

    private static String eventType(ExperienceRecordEvent event) {
        if (event instanceof ExperienceRecordCreated) {
            return ExperienceEventContract.CREATED;
        }
        if (event instanceof ExperienceRecordUpdated) {
            return ExperienceEventContract.UPDATED;
        }
        throw new IllegalArgumentException("No event type for " + event.getClass().getName());
    }
}
