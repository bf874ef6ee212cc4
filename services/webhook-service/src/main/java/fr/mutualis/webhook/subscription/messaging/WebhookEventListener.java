package fr.mutualis.webhook.subscription.messaging;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.webhook.subscription.application.RecordDeliveries;
import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Consumes the configured topics in consumer group {@code spring.kafka.consumer.group-id} ({@code webhook-service})
 * and records one delivery per matching subscription. It only writes rows: the offset of a record is committed after
 * its deliveries are stored (container ack mode BATCH, after the listener returned for every record of the poll), and
 * never waits for a receiver. A record that is not a contract event in CloudEvents binary mode is a
 * {@link MalformedEventException}, dead-lettered at once; a failure to store (database down) is retried, then
 * dead-lettered, by the platform's policy. A record read again is deduplicated by the (subscription, ce_id) constraint.
 */
public class WebhookEventListener {

    /** Listener container id. */
    public static final String LISTENER_ID = "webhook-events";

    private static final Logger log = LoggerFactory.getLogger(WebhookEventListener.class);

    private final RecordDeliveries recordDeliveries;
    private final Pattern topicPattern;
    /** Checks the value against its contract only: it is delivered as the producer wrote it, never re-serialized. */
    private final EventReader<Object> reader;
    private final MeterRegistry meters;

    public WebhookEventListener(RecordDeliveries recordDeliveries, Collection<String> topics, EventReaders readers,
                                MeterRegistry meters) {
        this.recordDeliveries = Objects.requireNonNull(recordDeliveries, "recordDeliveries");
        this.reader = readers.reader(Object.class, EventContracts.published());
        this.meters = Objects.requireNonNull(meters, "meters");
        // A pattern rather than a list: a configured topic that does not exist yet (a producer to come) is picked up
        // when it appears, without warnings meanwhile and without being auto-created.
        this.topicPattern = Pattern.compile(topics.stream().map(Pattern::quote).collect(Collectors.joining("|")));
    }

    /** Read by the listener annotation. */
    public Pattern getTopicPattern() {
        return topicPattern;
    }

    @KafkaListener(id = LISTENER_ID, idIsGroup = false, topicPattern = "#{__listener.topicPattern}")
    public void onMessage(ConsumerRecord<String, String> record) {
        CloudEventRecords.Result read = CloudEventRecords.read(record);
        ConsumedEvent event = read.event().orElseThrow(
                () -> new MalformedEventException("Not a CloudEvent in binary mode: " + read.reason()));
        if (reader.read(record).isEmpty()) {
            // A type without contract in this build: left on the topic for a newer version of the service.
            count(record.topic(), "skipped");
            return;
        }
        RecordDeliveries.Outcome outcome = recordDeliveries.record(event);
        log.debug("{}-{}@{} ce-id {}: {} matching subscription(s), {} new delivery(ies)", record.topic(),
                record.partition(), record.offset(), event.event().id(), outcome.matching(), outcome.created());
        count(record.topic(), outcome.matching() == 0 ? "unmatched" : "recorded");
    }

    private void count(String topic, String outcome) {
        meters.counter("mutualis.webhook.events", "topic", topic, "outcome", outcome).increment();
    }
}
