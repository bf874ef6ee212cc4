package fr.mutualis.outbox;

import fr.mutualis.events.EventEnvelope;
import java.sql.Timestamp;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends events to the service's {@code outbox} table. Debezium reads the table's changes from the write-ahead log
 * and its EventRouter publishes each row to {@code mutualis.<aggregatetype>.events}, keyed by {@code aggregateid}.
 *
 * <p>Refuses to run outside a transaction: an event written apart from its state change could be published for a
 * change that was rolled back, or lost for one that was committed.
 *
 * <p>The table's columns (each service creates it in its own migration):
 * {@code id uuid, aggregatetype text, aggregateid text, type text, schema_version integer, aggregate_version bigint,
 * payload jsonb, occurred_at timestamptz, cloudevents_specversion text default '1.0'}. The connector turns {@code id}, {@code type}, {@code occurred_at},
 * {@code aggregateid} and {@code schema_version} into the CloudEvents headers {@code ce_id}, {@code ce_type},
 * {@code ce_time}, {@code ce_subject} and {@code ce_schemaversion}.
 */
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox (id, aggregatetype, aggregateid, type, schema_version, aggregate_version, payload, occurred_at)
            VALUES (:id, :aggregateType, :aggregateId, :type, :schemaVersion, :aggregateVersion, CAST(:payload AS jsonb),
                    :occurredAt)
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public OutboxWriter(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes the whole envelope as the row's payload, in the caller's transaction. */
    public void append(EventEnvelope<?> event) {
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
                .param("payload", json.writeValueAsString(event))
                .param("occurredAt", Timestamp.from(event.occurredAt()))
                .update();
    }
}
