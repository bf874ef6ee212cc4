package fr.mutualis.experience.support;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads back what the service wrote in its outbox, payload as the JSON text that Debezium publishes. */
public final class OutboxRows {

    private final JdbcClient jdbc;

    public OutboxRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One row of table {@code outbox}.
     *
     * @param payload the whole event envelope, as JSON text
     */
    public record Row(UUID id, String aggregateType, String aggregateId, String type, long aggregateVersion,
                      String payload, Instant occurredAt) {
    }

    /** The rows of one experience, oldest version first. */
    public List<Row> of(UUID experienceId) {
        return jdbc.sql("""
                        SELECT id, aggregatetype, aggregateid, type, aggregate_version, payload::text AS payload,
                               occurred_at
                          FROM outbox WHERE aggregateid = :id ORDER BY aggregate_version, occurred_at
                        """)
                .param("id", experienceId.toString())
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("aggregatetype"),
                        rs.getString("aggregateid"), rs.getString("type"), rs.getLong("aggregate_version"),
                        rs.getString("payload"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    /** The payloads of one experience, oldest version first. */
    public List<String> payloadsOf(UUID experienceId) {
        return of(experienceId).stream().map(Row::payload).toList();
    }
}
