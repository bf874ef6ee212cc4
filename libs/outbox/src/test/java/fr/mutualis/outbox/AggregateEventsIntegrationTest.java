package fr.mutualis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against a real PostgreSQL: an event lives and dies with the transaction of the state change, and one that breaks
 * its own contract is never written.
 */
@WithRealStack
class AggregateEventsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PublishedEventType CREATED = PublishedEventType.named("experience.record.created");

    private static JdbcClient jdbc;
    private static TransactionTemplate transaction;
    private static AggregateEvents events;

    @BeforeAll
    static void createOutboxTable(StackEndpoints stack) {
        var dataSource = new DriverManagerDataSource(stack.jdbcUrl("outbox_library_test"), stack.postgresUser(),
                stack.postgresPassword());
        jdbc = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        events = new AggregateEvents(new OutboxWriter(jdbc), JSON);
        jdbc.sql("DROP TABLE IF EXISTS outbox").update();
        jdbc.sql(OutboxTable.migration()).update();
    }

    @Test
    void a_committed_change_leaves_its_event_typed_by_its_contract_with_the_whole_envelope_as_payload() {
        String id = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> events.publish(CREATED, id, 1, Instant.now(), record(id)));

        var row = jdbc.sql("SELECT aggregatetype, type, schema_version, aggregate_version, payload::text AS payload "
                        + "FROM outbox WHERE aggregateid = ?")
                .param(id).query().singleRow();
        assertThat(row).containsEntry("aggregatetype", "experience")
                .containsEntry("type", "experience.record.created")
                .containsEntry("schema_version", 1)
                .containsEntry("aggregate_version", 1L);
        assertThat(EventContracts.violations((String) row.get("payload"))).isEmpty();
    }

    @Test
    void an_event_that_violates_its_contract_is_refused_and_fails_the_change() {
        String id = UUID.randomUUID().toString();
        Map<String, Object> withoutSiren = record(id);
        withoutSiren.remove("siren");

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            events.publish(CREATED, id, 1, Instant.now(), record(id));
            events.publish(CREATED, id, 2, Instant.now(), withoutSiren);
        }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("experience.record.created.v1 of " + id + " violates its contract")
                .hasMessageContaining("siren");
        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void a_rolled_back_change_leaves_no_event() {
        String id = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> {
            events.publish(CREATED, id, 1, Instant.now(), record(id));
            status.setRollbackOnly();
        });

        assertThat(eventsOf(id)).isZero();
    }

    @Test
    void refuses_to_write_outside_a_transaction() {
        String id = UUID.randomUUID().toString();

        assertThatThrownBy(() -> events.publish(CREATED, id, 1, Instant.now(), record(id)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("transaction");
        assertThat(eventsOf(id)).isZero();
    }

    /** The data of the published example, as the record {@code id}. */
    private static Map<String, Object> record(String id) {
        Map<String, Object> example = JSON.readValue(EventContracts.example("experience.record.created.v1"),
                new TypeReference<Map<String, Object>>() { });
        @SuppressWarnings("unchecked")
        var data = new LinkedHashMap<>((Map<String, Object>) example.get("data"));
        data.put("id", id);
        return data;
    }

    private static long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregateid = ?").param(aggregateId)
                .query(Long.class).single();
    }
}
