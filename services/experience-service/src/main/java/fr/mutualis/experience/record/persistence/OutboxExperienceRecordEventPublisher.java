package fr.mutualis.experience.record.persistence;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.experience.record.domain.ExperienceRecordChanged;
import fr.mutualis.experience.record.domain.ExperienceRecordEventPublisher;
import fr.mutualis.outbox.OutboxWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes experience events through the transactional outbox: one row in table {@code outbox}, in the transaction
 * of the change, which Debezium routes to topic {@code mutualis.experience.events}.
 */
@Component
class OutboxExperienceRecordEventPublisher implements ExperienceRecordEventPublisher {

    private final OutboxWriter outbox;
    private final JdbcClient jdbc;

    OutboxExperienceRecordEventPublisher(OutboxWriter outbox, JdbcClient jdbc) {
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Override
    public void publish(ExperienceRecordChanged event) {
        String aggregateId = event.record().id().toString();
        if (event.change() == ExperienceRecordChanged.Change.CONTACT_ERASED) {
            // The outbox keeps every event written; the person must not stay in the earlier ones. Debezium has
            // already read them from the write-ahead log, and the EventRouter ignores updates of outbox rows.
            jdbc.sql("UPDATE outbox SET payload = payload #- '{data,contact}' WHERE aggregatetype = :type"
                            + " AND aggregateid = :id AND payload #> '{data,contact}' IS NOT NULL")
                    .param("type", ExperienceEventContract.AGGREGATE_TYPE)
                    .param("id", aggregateId)
                    .update();
        }
        outbox.append(EventEnvelope.of(
                ExperienceEventContract.eventType(event.change()),
                ExperienceEventContract.SCHEMA_VERSION,
                ExperienceEventContract.AGGREGATE_TYPE,
                aggregateId,
                event.version(),
                event.occurredAt(),
                ExperienceRecordPayload.of(event.record())));
    }
}
