package fr.mutualis.outbox;

import fr.mutualis.events.EventEnvelope;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
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
 * cloudevents_specversion text default '1.0'}. The connector turns {@code id}, {@code type}, {@code occurred_at},
 * {@code aggregateid} and {@code schema_version} into the CloudEvents headers {@code ce_id}, {@code ce_type},
 * {@code ce_time}, {@code ce_subject} and {@code ce_schemaversion}.
 */
final class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox (id, aggregatetype, aggregateid, type, schema_version, aggregate_version, payload, occurred_at)
            VALUES (:id, :aggregateType, :aggregateId, :type, :schemaVersion, :aggregateVersion, CAST(:payload AS jsonb),
                    :occurredAt)
            """;

    private final JdbcClient jdbc;

    OutboxWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                .update();
    }
}
