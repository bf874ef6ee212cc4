package fr.mutualis.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.MDC;

class ConsumedEventInterceptorTest {

    private static final String TOPIC = "mutualis.experience.events";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ConsumedEventInterceptor interceptor = new ConsumedEventInterceptor(meters);

    @AfterEach
    void clearLoggingContext() {
        MDC.clear();
    }

    @ParameterizedTest
    @CsvSource({
            "experience.record.created.v1, 6f1c2a8e-4b7d-4c1e-9a55-0d3e8b7f2c10, 213502388",
            "marches.consultation.published.v1, 6c1d2e3f-0001-4a5b-8c6d-7e8f9a0b2c01, 223300013",
            "marches.bid.deposited.v1, 6c1d2e3f-0001-4a5b-8c6d-7e8f9a0b2c12, 223300013"})
    void the_logs_name_the_event_and_its_collectivite_while_it_is_handled(String contract, String eventId,
                                                                          String siren) {
        ConsumerRecord<Object, Object> record = record(EventContracts.example(contract));

        interceptor.intercept(record, null);

        assertThat(MDC.get(ConsumedEventInterceptor.EVENT_ID)).isEqualTo(eventId);
        assertThat(MDC.get(ConsumedEventInterceptor.COLLECTIVITE)).isEqualTo(siren);
        interceptor.afterRecord(record, null);
        assertThat(MDC.getCopyOfContextMap()).isNullOrEmpty();
    }

    @Test
    void the_cloudevents_id_names_a_record_that_is_not_even_json() {
        ConsumerRecord<Object, Object> record = record("pas du JSON {");
        record.headers().add(new RecordHeader("ce_id", "c0ffee".getBytes(StandardCharsets.UTF_8)));
        MDC.put(ConsumedEventInterceptor.COLLECTIVITE, "213502388");

        interceptor.intercept(record, null);

        assertThat(MDC.get(ConsumedEventInterceptor.EVENT_ID)).isEqualTo("c0ffee");
        assertThat(MDC.get(ConsumedEventInterceptor.COLLECTIVITE)).as("not the previous record's").isNull();
    }

    @Test
    void each_record_handled_is_counted_by_topic() {
        ConsumerRecord<Object, Object> record = record(EventContracts.example("experience.record.created.v1"));

        interceptor.success(record, null);
        interceptor.success(record, null);

        assertThat(meters.get(ConsumedEventInterceptor.CONSUMED_METER).tags("topic", TOPIC, "outcome", "handled")
                .counter().count()).isEqualTo(2.0);
    }

    private static ConsumerRecord<Object, Object> record(String value) {
        return new ConsumerRecord<>(TOPIC, 0, 7L, "key", value);
    }
}
