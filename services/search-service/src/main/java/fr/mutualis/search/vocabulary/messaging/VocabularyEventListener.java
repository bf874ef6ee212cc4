package fr.mutualis.search.vocabulary.messaging;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.search.shared.messaging.FreshIndexListener;
import fr.mutualis.search.vocabulary.application.CurrentVocabulary;
import fr.mutualis.search.vocabulary.domain.DomainVocabulary;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes {@code mutualis.vocabulary.events}: each {@code vocabulary.revision.published} carries the whole vocabulary,
 * kept if newer than the one the search applies. Malformed messages are dead-lettered by the platform's policy
 * ({@code libs/event-consumer}).
 */
public class VocabularyEventListener extends FreshIndexListener {

    public static final String LISTENER_ID = "vocabulary-events";

    /** What the search reads of a revision ({@code contracts/events/vocabulary.revision.v1.schema.json}). */
    record Published(long revision, List<Entry> entries) {

        record Entry(String kind, List<String> terms) {
        }
    }

    private final CurrentVocabulary vocabulary;
    private final EventReader<Published> reader;

    /** @param freshStore whether the store was created at this start: the topic is then read from its beginning */
    public VocabularyEventListener(CurrentVocabulary vocabulary, EventReaders readers, BooleanSupplier freshStore) {
        super("vocabulary", freshStore);
        this.vocabulary = vocabulary;
        this.reader = readers.reader(Published.class, "vocabulary.revision.published.v1");
    }

    // One partition, one key: one consumer, whatever the service's concurrency.
    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topics = "${mutualis.search.vocabulary-topic}", concurrency = "1")
    public void onMessage(ConsumerRecord<String, String> record) {
        reader.read(record).map(event -> new DomainVocabulary(event.aggregateVersion(), event.data().entries().stream()
                .map(entry -> new DomainVocabulary.Entry(entry.kind(), entry.terms())).toList()))
                .ifPresent(vocabulary::apply);
    }
}
