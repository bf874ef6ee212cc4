package fr.mutualis.search.consultation.messaging;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.consultation.application.IndexConsultationEvent;
import fr.mutualis.search.shared.messaging.FreshIndexListener;
import java.util.List;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code mutualis.consultation.events}: every type of the marchés service's consultations, schema version 1,
 * checked against its contract; each carries the whole public snapshot, upserted at its version. Failures are the
 * platform's dead-letter policy's ({@code libs/event-consumer}): a malformed message or a change the index refuses
 * goes to {@code mutualis.consultation.events.DLT} at once, a transient failure is retried first.
 */
public class ConsultationEventListener extends FreshIndexListener {

    public static final String LISTENER_ID = "consultation-events";

    /** The channel's event types ({@code contracts/events/marches.consultation.*.v1.schema.json}). */
    static final List<String> TYPES = List.of("published", "dce-modified", "deadline-postponed",
            "question-answered", "closed", "opened", "awarded", "declared-unsuccessful", "abandoned").stream()
            .map(change -> "marches.consultation." + change + ".v1").toList();

    private final EventReader<ConsultationSnapshot> reader;
    private final IndexConsultationEvent indexConsultationEvent;

    /** @param freshIndex whether the index was created at this start and must be filled from the whole topic */
    public ConsultationEventListener(EventReaders readers, IndexConsultationEvent indexConsultationEvent,
                                     BooleanSupplier freshIndex) {
        super("consultations", freshIndex);
        this.reader = readers.reader(ConsultationSnapshot.class, TYPES);
        this.indexConsultationEvent = Objects.requireNonNull(indexConsultationEvent, "indexConsultationEvent");
    }

    /** The consumer group is {@code spring.kafka.consumer.group-id} ({@code search-service}), not the listener id. */
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.consultation-topic}")
    public void onMessage(ConsumerRecord<String, String> record) {
        reader.read(record).map(ConsultationSnapshot::event).ifPresent(indexConsultationEvent::handle);
    }
}
