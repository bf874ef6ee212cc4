package fr.mutualis.search.acte.messaging;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.acte.application.IndexActeEvent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * Consumes {@code mutualis.acte.events}: every type of the démat service's actes, schema version 1, checked against
 * its contract and read by its acte's state (published or archived: indexed; any other: removed). Failures are the
 * platform's dead-letter policy's ({@code libs/event-consumer}): a malformed message or a change the index refuses
 * goes to {@code mutualis.acte.events.DLT} at once, a transient failure is retried first.
 */
public class ActeEventListener extends AbstractConsumerSeekAware {

    public static final String LISTENER_ID = "acte-events";

    /** The démat service's event types ({@code contracts/events/demat.acte.*.v1.schema.json}). */
    static final List<String> TYPES = List.of("drafted", "updated", "circuit-started", "visa-given", "signed",
            "rejected", "transmitted", "acknowledged", "transmission-refused", "complement-requested",
            "complement-sent", "published", "archived", "cancelled").stream()
            .map(change -> "demat.acte." + change + ".v1").toList();

    private static final Logger log = LoggerFactory.getLogger(ActeEventListener.class);

    private final EventReader<ActeSnapshot> reader;
    private final IndexActeEvent indexActeEvent;
    private final BooleanSupplier freshIndex;
    private final Set<TopicPartition> replayed = ConcurrentHashMap.newKeySet();

    /** @param freshIndex whether the index was created at this start and must be filled from the whole topic */
    public ActeEventListener(EventReaders readers, IndexActeEvent indexActeEvent, BooleanSupplier freshIndex) {
        this.reader = readers.reader(ActeSnapshot.class, TYPES);
        this.indexActeEvent = Objects.requireNonNull(indexActeEvent, "indexActeEvent");
        this.freshIndex = Objects.requireNonNull(freshIndex, "freshIndex");
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        if (!freshIndex.getAsBoolean()) {
            return;
        }
        List<TopicPartition> firstTime = assignments.keySet().stream().filter(replayed::add).toList();
        if (!firstTime.isEmpty()) {
            log.info("New actes index: replaying {} from the beginning", firstTime);
            callback.seekToBeginning(firstTime);
        }
    }

    /** The consumer group is {@code spring.kafka.consumer.group-id} ({@code search-service}), not the listener id. */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.acte-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        reader.read(record).map(ActeSnapshot::event).ifPresent(indexActeEvent::handle);
    }
}
