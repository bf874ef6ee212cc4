package fr.mutualis.experience.record.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.experience.record.domain.ExperienceRecordChanged;
import fr.mutualis.experience.record.domain.ExperienceRecordChanged.Change;
import fr.mutualis.experience.record.domain.ExperienceRecordEventPublisher;
import fr.mutualis.outbox.AggregateEvents;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes experience events, each change as the event type its contract names, with the record as
 * {@link ExperienceRecordPayload}; Debezium routes them to topic {@code mutualis.experience.events}.
 */
@Component
class OutboxExperienceRecordEventPublisher implements ExperienceRecordEventPublisher {

    private final AggregateEvents events;
    private final JdbcClient jdbc;
    private final Map<Change, PublishedEventType> types = PublishedEventType.ofEach(Change.class, change ->
            switch (change) {
                case CREATED -> "experience.record.created";
                case UPDATED -> "experience.record.updated";
                case PUBLISHED -> "experience.record.published";
                case ARCHIVED -> "experience.record.archived";
                case CONTACT_ERASED -> "experience.record.contact-erased";
            });

    OutboxExperienceRecordEventPublisher(AggregateEvents events, JdbcClient jdbc) {
        this.events = events;
        this.jdbc = jdbc;
    }

    @Override
    public void publish(ExperienceRecordChanged event) {
        PublishedEventType type = types.get(event.change());
        String aggregateId = event.record().id().toString();
        if (event.change() == Change.CONTACT_ERASED) {
            // The outbox keeps every event written; the person must not stay in the earlier ones. Debezium has
            // already read them from the write-ahead log, and the EventRouter ignores updates of outbox rows.
            jdbc.sql("UPDATE outbox SET payload = payload #- '{data,contact}' WHERE aggregatetype = :type"
                            + " AND aggregateid = :id AND payload #> '{data,contact}' IS NOT NULL")
                    .param("type", type.aggregateType())
                    .param("id", aggregateId)
                    .update();
        }
        events.publish(type, aggregateId, event.version(), event.occurredAt(),
                ExperienceRecordPayload.of(event.record()));
    }
}
