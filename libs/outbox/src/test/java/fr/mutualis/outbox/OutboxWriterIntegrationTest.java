package fr.mutualis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Against a real PostgreSQL: the outbox row lives and dies with the transaction of the state change. */
@WithRealStack
class OutboxWriterIntegrationTest {

    private static JdbcClient jdbc;
    private static TransactionTemplate transaction;
    private static OutboxWriter outbox;

    @BeforeAll
    static void createOutboxTable(StackEndpoints stack) {
        var dataSource = new DriverManagerDataSource(stack.jdbcUrl("outbox_library_test"), stack.postgresUser(),
                stack.postgresPassword());
        jdbc = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        outbox = new OutboxWriter(jdbc, JsonMapper.builder().findAndAddModules().build());
        jdbc.sql("DROP TABLE IF EXISTS outbox").update();
        jdbc.sql("""
                CREATE TABLE outbox (
                  id uuid PRIMARY KEY, aggregatetype text NOT NULL, aggregateid text NOT NULL, type text NOT NULL,
                  schema_version integer NOT NULL, aggregate_version bigint NOT NULL, payload jsonb NOT NULL,
                  occurred_at timestamptz NOT NULL)
                """).update();
    }

    @Test
    void a_committed_change_leaves_its_event_with_the_whole_envelope_as_payload() {
        var event = event();

        transaction.executeWithoutResult(status -> outbox.append(event));

        var row = jdbc.sql("SELECT aggregatetype, aggregateid, type, schema_version, aggregate_version, payload::text AS payload "
                        + "FROM outbox WHERE id = ?")
                .param(event.eventId()).query().singleRow();
        assertThat(row).containsEntry("aggregatetype", "experience")
                .containsEntry("aggregateid", event.aggregateId())
                .containsEntry("type", "experience.record.created")
                .containsEntry("schema_version", 1)
                .containsEntry("aggregate_version", 1L);
        assertThat((String) row.get("payload"))
                .contains("\"eventId\": \"" + event.eventId() + "\"")
                .contains("\"title\": \"Dématérialisation des actes\"");
    }

    @Test
    void a_rolled_back_change_leaves_no_event() {
        var event = event();

        transaction.executeWithoutResult(status -> {
            outbox.append(event);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE id = ?").param(event.eventId())
                .query(Long.class).single()).isZero();
    }

    @Test
    void refuses_to_write_outside_a_transaction() {
        assertThatThrownBy(() -> outbox.append(event()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
    }

    private static EventEnvelope<Map<String, Object>> event() {
        String id = UUID.randomUUID().toString();
        return EventEnvelope.of("experience.record.created", 1, "experience", id, 1,
                Instant.parse("2026-11-22T10:15:30Z"), Map.of("id", id, "title", "Dématérialisation des actes"));
    }
}
