package fr.mutualis.outbox;

import fr.mutualis.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends events to the service's {@code outbox} table, for {@link AggregateEvents} only: services publish through
 * it, so that no event skips its contract.
 *
 * <p>Refuses to run outside a transaction: an event written apart from its state change could be published for a
 * change that was rolled back, or lost for one that was committed.
 *
 * <p>The table ({@code db/outbox}): {@code id uuid, aggregatetype text, aggregateid text, type text,
 * schema_version integer, aggregate_version bigint, payload jsonb, occurred_at timestamptz,
 * cloudevents_specversion text default '1.0', traceparent text}. The connector turns {@code id}, {@code type},
 * {@code occurred_at}, {@code aggregateid} and {@code schema_version} into the CloudEvents headers {@code ce_id},
 * {@code ce_type}, {@code ce_time}, {@code ce_subject} and {@code ce_schemaversion}, and {@code traceparent}, the W3C
 * trace context of the change, into the header of that name (ADR 0027).
 */
final class OutboxWriter {

    /**
     * Counter of the events committed to the outbox, tagged by {@code type} (the event type): what the service
     * published, before Debezium and Kafka.
     */
    static final String WRITTEN_METER = "mutualis.outbox.events.written";
    static final String TRACEPARENT = "traceparent";

    private static final String INSERT = """
            INSERT INTO outbox (id, aggregatetype, aggregateid, type, schema_version, aggregate_version, payload, occurred_at,
                                traceparent)
            VALUES (:id, :aggregateType, :aggregateId, :type, :schemaVersion, :aggregateVersion, CAST(:payload AS jsonb),
                    :occurredAt, :traceparent)
            """;

    private final JdbcClient jdbc;
    private final Tracer tracer;
    private final Propagator propagator;
    private final MeterRegistry meters;

    /** @param tracer and {@code propagator}: {@link Tracer#NOOP} and {@link Propagator#NOOP} where nothing traces */
    OutboxWriter(JdbcClient jdbc, Tracer tracer, Propagator propagator, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.tracer = tracer;
        this.propagator = propagator;
        this.meters = meters;
    }

    /** Writes {@code payload}, the whole envelope as JSON, as the row's payload, in the caller's transaction. */
    void append(EventEnvelope<?> event, String payload) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(
                    "The outbox must be written in the transaction of the state change (event " + event.eventType() + ")");
        }
        jdbc.sql(INSERT)
                .param("id", event.eventId())
                .param("aggregateType", event.aggregateType())
                .param("aggregateId", event.aggregateId())
                .param("type", event.eventType())
                .param("schemaVersion", event.schemaVersion())
                .param("aggregateVersion", event.aggregateVersion())
                .param("payload", payload)
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .param("traceparent", traceparent())
                .update();
        // Counted once the row is there for good: a change rolled back published nothing.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                meters.counter(WRITTEN_METER, "type", event.eventType()).increment();
            }
        });
    }

    /** The W3C {@code traceparent} of the current span, which the consumers' spans continue; null outside a span. */
    private String traceparent() {
        Span span = tracer.currentSpan();
        if (span == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(span.context(), carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }
}
