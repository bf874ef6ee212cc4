package fr.mutualis.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelPropagator;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
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
 * its own contract is never written. Each row carries the W3C trace context of its change, and the rows committed are
 * counted.
 */
@WithRealStack
class AggregateEventsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PublishedEventType CREATED = PublishedEventType.named("experience.record.created");

    private static JdbcClient jdbc;
    private static TransactionTemplate transaction;
    private static AggregateEvents events;
    private static Tracer tracer;
    private static SimpleMeterRegistry meters;

    @BeforeAll
    static void createOutboxTable(StackEndpoints stack) {
        var dataSource = new DriverManagerDataSource(stack.jdbcUrl("outbox_library_test"), stack.postgresUser(),
                stack.postgresPassword());
        jdbc = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        // The OpenTelemetry tracer and W3C propagation the services get from Spring Boot.
        var otelTracer = SdkTracerProvider.builder().build().get("outbox-test");
        tracer = new OtelTracer(otelTracer, new OtelCurrentTraceContext(), event -> { });
        var propagator = new OtelPropagator(ContextPropagators.create(W3CTraceContextPropagator.getInstance()), otelTracer);
        meters = new SimpleMeterRegistry();
        events = new AggregateEvents(new OutboxWriter(jdbc, tracer, propagator, meters), JSON);
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
    void a_change_made_in_a_span_carries_its_trace_context_for_the_consumers() {
        String id = UUID.randomUUID().toString();
        Span request = tracer.nextSpan().name("request").start();

        try (Tracer.SpanInScope scope = tracer.withSpan(request)) {
            transaction.executeWithoutResult(status -> events.publish(CREATED, id, 1, Instant.now(), record(id)));
        } finally {
            request.end();
        }

        // version-traceid-parentid-flags, the flags saying at least "sampled"
        assertThat(traceparentOf(id))
                .startsWith("00-" + request.context().traceId() + "-" + request.context().spanId() + "-")
                .matches(".*-[0-9a-f][13579bdf]$");
    }

    @Test
    void a_change_made_outside_any_span_has_no_trace_context() {
        String id = UUID.randomUUID().toString();

        transaction.executeWithoutResult(status -> events.publish(CREATED, id, 1, Instant.now(), record(id)));

        assertThat(eventsOf(id)).isOne();
        assertThat(traceparentOf(id)).isNull();
    }

    @Test
    void only_committed_events_are_counted_by_type() {
        String kept = UUID.randomUUID().toString();
        String rolledBack = UUID.randomUUID().toString();
        double before = written("experience.record.created");

        transaction.executeWithoutResult(status -> events.publish(CREATED, kept, 1, Instant.now(), record(kept)));
        transaction.executeWithoutResult(status -> {
            events.publish(CREATED, rolledBack, 1, Instant.now(), record(rolledBack));
            status.setRollbackOnly();
        });

        assertThat(written("experience.record.created") - before).isEqualTo(1.0);
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

    private static String traceparentOf(String aggregateId) {
        return (String) jdbc.sql("SELECT traceparent FROM outbox WHERE aggregateid = ?").param(aggregateId)
                .query().singleRow().get("traceparent");
    }

    private static double written(String type) {
        var counter = meters.find(OutboxWriter.WRITTEN_METER).tag("type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    private static long eventsOf(String aggregateId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregateid = ?").param(aggregateId)
                .query(Long.class).single();
    }
}
