package fr.mutualis.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Against a real PostgreSQL: the purge deletes what is older than the retention, however much there is, and keeps the
 * rest. That a purge publishes nothing is tested with Debezium in infra/devstack ({@code OutboxConnectorIntegrationTest}).
 */
@WithRealStack
class OutboxPurgeIntegrationTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    private static JdbcClient jdbc;
    private static OutboxPurge purge;

    @BeforeAll
    static void createOutboxTable(StackEndpoints stack) {
        jdbc = JdbcClient.create(new DriverManagerDataSource(stack.jdbcUrl("outbox_purge_test"), stack.postgresUser(),
                stack.postgresPassword()));
        jdbc.sql("DROP TABLE IF EXISTS outbox").update();
        jdbc.sql(OutboxTable.migration()).update();
        purge = new OutboxPurge(jdbc, new OutboxProperties(Duration.ofDays(1), Duration.ofHours(1)));
    }

    @Test
    void deletes_every_row_older_than_the_retention_in_batches_and_keeps_the_younger() {
        String kept = UUID.randomUUID().toString();
        insert(10_001, NOW.minus(Duration.ofDays(2)), UUID.randomUUID().toString());
        insert(1, NOW.minus(Duration.ofDays(1)).minusSeconds(1), UUID.randomUUID().toString());
        insert(2, NOW.minus(Duration.ofHours(23)), kept);

        assertThat(purge.purge(NOW)).isEqualTo(10_002);

        assertThat(jdbc.sql("SELECT aggregateid FROM outbox").query(String.class).list()).isEqualTo(List.of(kept, kept));
        assertThat(purge.purge(NOW)).isZero();
    }

    private static void insert(int rows, Instant occurredAt, String aggregateId) {
        jdbc.sql("""
                INSERT INTO outbox (id, aggregatetype, aggregateid, type, schema_version, aggregate_version, payload, occurred_at)
                SELECT gen_random_uuid(), 'experience', ?, 'experience.record.created', 1, n, '{}'::jsonb, ?
                FROM generate_series(1, ?) AS n""")
                .param(aggregateId).param(occurredAt.atOffset(ZoneOffset.UTC)).param(rows).update();
    }
}
