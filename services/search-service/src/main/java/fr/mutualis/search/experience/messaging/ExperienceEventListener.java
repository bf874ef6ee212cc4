package fr.mutualis.search.experience.messaging;

import fr.mutualis.events.consumer.EventBatches;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.messaging.FreshIndexListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;

/**
 * Consumes {@code mutualis.experience.events}: the types of {@link ExperienceEventType}, schema version 1; others are
 * skipped by the reader. Each poll's records are indexed together, in bulk requests ({@link EventBatches}): a
 * malformed record goes to the dead-letter topic at once, after the records before it are indexed; a change the index
 * refuses goes there too; a transient failure is retried with a bounded exponential back-off first (the platform's
 * dead-letter policy, {@code libs/event-consumer}). Indexing is versioned, so the records delivered again after a
 * failure change nothing that is already indexed.
 */
public class ExperienceEventListener extends FreshIndexListener {

    /** Listener container id, e.g. to pause or stop it from the registry. */
    public static final String LISTENER_ID = "experience-events";

    private static final Logger log = LoggerFactory.getLogger(ExperienceEventListener.class);

    private final ExperienceRecords records;
    private final IndexExperienceEvent indexExperienceEvent;
    private final EventBatches batches;

    /** @param freshIndex whether the index was created at this start and must be filled from the whole topic */
    public ExperienceEventListener(ExperienceRecords records, IndexExperienceEvent indexExperienceEvent,
                                   EventBatches batches, BooleanSupplier freshIndex) {
        super("experiences", freshIndex);
        this.records = Objects.requireNonNull(records, "records");
        this.indexExperienceEvent = Objects.requireNonNull(indexExperienceEvent, "indexExperienceEvent");
        this.batches = Objects.requireNonNull(batches, "batches");
    }

    /** The consumer group is {@code spring.kafka.consumer.group-id} ({@code search-service}), not the listener id. */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.experience-topic}", batch = "true")
    public void onMessages(List<ConsumerRecord<String, String>> batch) {
        log.trace("Received {} records, from {}-{}@{}", batch.size(), batch.get(0).topic(), batch.get(0).partition(),
                batch.get(0).offset());
        batches.handle(LISTENER_ID, batch, () -> index(batch));
    }

    private void index(List<ConsumerRecord<String, String>> batch) {
        List<ExperienceEvent> events = new ArrayList<>(batch.size());
        List<Integer> positions = new ArrayList<>(batch.size());
        for (int position = 0; position < batch.size(); position++) {
            Optional<ExperienceEvent> event;
            try {
                event = records.read(batch.get(position));
            } catch (MalformedEventException e) {
                index(events, positions);
                throw new BatchListenerFailedException(e.getMessage(), e, position);
            }
            if (event.isPresent()) {
                events.add(event.get());
                positions.add(position);
            }
        }
        index(events, positions);
    }

    /** Indexes the events read from the records at {@code positions} of the batch. */
    private void index(List<ExperienceEvent> events, List<Integer> positions) {
        if (events.isEmpty()) {
            return;
        }
        try {
            indexExperienceEvent.handleAll(events);
        } catch (ChangeRejectedException e) {
            throw new BatchListenerFailedException(e.getMessage(), e, positions.get(e.position()));
        }
    }
}
