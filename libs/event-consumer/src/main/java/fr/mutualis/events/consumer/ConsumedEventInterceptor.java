package fr.mutualis.events.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.MDC;
import org.springframework.kafka.listener.RecordInterceptor;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Around each record a listener handles, dead letter included: the logging context names the event
 * ({@value #EVENT_ID}, its CloudEvents {@code ce_id} or else its envelope's {@code eventId}) and the collectivité it is
 * about ({@value #COLLECTIVITE}, a SIREN), and each record handled is counted in {@value #CONSUMED_METER}. The trace
 * id comes from the listener's observation, which continues the producer's trace from the {@code traceparent} header.
 */
final class ConsumedEventInterceptor implements RecordInterceptor<Object, Object> {

    /**
     * Counter of the records consumed, tagged by {@code topic} and {@code outcome}: {@code handled} (the listener
     * returned; records it skips as not handled are also in {@value EventReader#SKIPPED_METER}) or
     * {@code dead_lettered}.
     */
    static final String CONSUMED_METER = "mutualis.events.consumed";
    static final String EVENT_ID = "event_id";
    static final String COLLECTIVITE = "collectivite";

    /** Where the events' snapshots name their collectivité: most at the top, public procurement as the buyer. */
    private static final List<String> SIREN_POINTERS = List.of("/data/siren", "/data/buyer/siren", "/data/buyerSiren");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MeterRegistry meters;

    ConsumedEventInterceptor(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public ConsumerRecord<Object, Object> intercept(ConsumerRecord<Object, Object> record,
                                                    Consumer<Object, Object> consumer) {
        JsonNode envelope = envelope(record.value());
        String eventId = header(record, "ce_id");
        put(EVENT_ID, eventId != null ? eventId : text(envelope.path("eventId")));
        put(COLLECTIVITE, SIREN_POINTERS.stream().map(pointer -> text(envelope.at(pointer)))
                .filter(siren -> siren != null).findFirst().orElse(null));
        return record;
    }

    @Override
    public void success(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        count(meters, record.topic(), "handled");
    }

    @Override
    public void afterRecord(ConsumerRecord<Object, Object> record, Consumer<Object, Object> consumer) {
        MDC.remove(EVENT_ID);
        MDC.remove(COLLECTIVITE);
    }

    static void count(MeterRegistry meters, String topic, String outcome) {
        meters.counter(CONSUMED_METER, "topic", topic, "outcome", outcome).increment();
    }

    /** The envelope, or nothing for a value that is not JSON: the reader will dead-letter it, named by its header. */
    private static JsonNode envelope(Object value) {
        if (!(value instanceof String text)) {
            return MissingNode.getInstance();
        }
        try {
            JsonNode root = JSON.readTree(text);
            return root == null ? MissingNode.getInstance() : root;
        } catch (JacksonException e) {
            return MissingNode.getInstance();
        }
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : null;
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }
}
