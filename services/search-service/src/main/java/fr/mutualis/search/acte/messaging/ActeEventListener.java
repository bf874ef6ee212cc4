package fr.mutualis.search.acte.messaging;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.acte.application.IndexActeEvent;
import fr.mutualis.search.shared.messaging.FreshIndexListener;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code mutualis.acte.events}: every type of the démat service's actes, schema version 1, checked against
 * its contract and read by its acte's state (published or archived: indexed; any other: removed). Failures are the
 * platform's dead-letter policy's ({@code libs/event-consumer}): a malformed message or a change the index refuses
 * goes to {@code mutualis.acte.events.DLT} at once, a transient failure is retried first.
 */
public class ActeEventListener extends FreshIndexListener {

    public static final String LISTENER_ID = "acte-events";

    /** The démat service's event types ({@code contracts/events/demat.acte.*.v1.schema.json}). */
    static final List<String> TYPES = List.of("drafted", "updated", "circuit-started", "visa-given", "signed",
            "rejected", "transmitted", "acknowledged", "transmission-refused", "complement-requested",
            "complement-sent", "published", "archived", "cancelled").stream()
            .map(change -> "demat.acte." + change + ".v1").toList();

    private final EventReader<ActeSnapshot> reader;
    private final IndexActeEvent indexActeEvent;

    /** @param freshIndex whether the index was created at this start and must be filled from the whole topic */
    public ActeEventListener(EventReaders readers, IndexActeEvent indexActeEvent, BooleanSupplier freshIndex) {
        super("actes", freshIndex);
        this.reader = readers.reader(ActeSnapshot.class, TYPES);
        this.indexActeEvent = Objects.requireNonNull(indexActeEvent, "indexActeEvent");
    }

    /** The consumer group is {@code spring.kafka.consumer.group-id} ({@code search-service}), not the listener id. */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.acte-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        reader.read(record).map(ActeSnapshot::event).ifPresent(indexActeEvent::handle);
    }
}
