package fr.mutualis.search.experience.messaging;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.util.Arrays;
import java.util.Optional;

/**
 * Reads a record of the experience events topic as the use case takes it: the types of {@link ExperienceEventType},
 * schema version 1, checked against their contract and bound to {@link ExperienceSnapshot}. The one reading of the
 * topic, used by the live listener and by the index rebuild alike.
 */
public final class ExperienceRecords {

    private final EventReader<ExperienceSnapshot> reader;

    public ExperienceRecords(EventReaders readers) {
        this.reader = readers.reader(ExperienceSnapshot.class, Arrays.stream(ExperienceEventType.values())
                .map(type -> type.wireName() + ".v1").toList());
    }

    /**
     * @return the event, or empty for a type this service does not handle
     * @throws fr.mutualis.events.consumer.MalformedEventException when the record breaks its contract
     */
    public Optional<ExperienceEvent> read(ConsumerRecord<String, String> record) {
        return reader.read(record).map(ExperienceSnapshot::event);
    }
}
