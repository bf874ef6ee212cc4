package fr.mutualis.search.experience.messaging;

import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.shared.messaging.FreshIndexListener;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code mutualis.experience.events}: the types of {@link ExperienceEventType}, schema version 1; others are
 * skipped by the reader. Exceptions thrown here are handled by the platform's dead-letter policy
 * ({@code libs/event-consumer}): a malformed message goes to the dead-letter topic at once, a transient failure is
 * retried with a bounded exponential back-off first.
 */
public class ExperienceEventListener extends FreshIndexListener {

    /** Listener container id, e.g. to pause or stop it from the registry. */
    public static final String LISTENER_ID = "experience-events";

    private static final Logger log = LoggerFactory.getLogger(ExperienceEventListener.class);

    private final ExperienceRecords records;
    private final IndexExperienceEvent indexExperienceEvent;

    /** @param freshIndex whether the index was created at this start and must be filled from the whole topic */
    public ExperienceEventListener(ExperienceRecords records, IndexExperienceEvent indexExperienceEvent,
                                   BooleanSupplier freshIndex) {
        super("experiences", freshIndex);
        this.records = Objects.requireNonNull(records, "records");
        this.indexExperienceEvent = Objects.requireNonNull(indexExperienceEvent, "indexExperienceEvent");
    }

    /** The consumer group is {@code spring.kafka.consumer.group-id} ({@code search-service}), not the listener id. */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.experience-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        log.trace("Received {}-{}@{} key={}", record.topic(), record.partition(), record.offset(), record.key());
        records.read(record).ifPresent(indexExperienceEvent::handle);
    }
}
