package fr.mutualis.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/** A batch's work runs in one listener observation of its first record; handled records are counted. */
class EventBatchesTest {

    private static final String TOPIC = "mutualis.experience.events";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Observation.Context> observed = new ArrayList<>();
    private final EventBatches batches = new EventBatches(registry(), meters);

    private ObservationRegistry registry() {
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new ObservationHandler<>() {
            @Override
            public boolean supportsContext(Observation.Context context) {
                return true;
            }

            @Override
            public void onStop(Observation.Context context) {
                observed.add(context);
            }
        });
        return registry;
    }

    private static List<ConsumerRecord<String, String>> batch(int size) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int offset = 0; offset < size; offset++) {
            records.add(new ConsumerRecord<>(TOPIC, 1, 40 + offset, "key" + offset, "{}"));
        }
        return records;
    }

    private double handled() {
        var counter = meters.find(ConsumedEventInterceptor.CONSUMED_METER).tags("topic", TOPIC, "outcome", "handled")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void the_work_runs_once_in_an_observation_of_the_first_record_carrying_the_batch_size() {
        List<ConsumerRecord<String, String>> batch = batch(3);
        List<String> calls = new ArrayList<>();

        batches.handle("experience-events", batch, () -> calls.add("bulk"));

        assertThat(calls).containsExactly("bulk");
        assertThat(observed).singleElement().isInstanceOfSatisfying(KafkaRecordReceiverContext.class, context -> {
            assertThat(context.getRecord()).isSameAs(batch.get(0));
            assertThat(context.getListenerId()).isEqualTo("experience-events");
            assertThat(context.getHighCardinalityKeyValue(EventBatches.BATCH_SIZE_TAG).getValue()).isEqualTo("3");
        });
        assertThat(handled()).isEqualTo(3);
    }

    @Test
    void a_record_named_as_failed_is_not_counted_nor_those_after_it() {
        assertThatThrownBy(() -> batches.handle("experience-events", batch(4), () -> {
            throw new BatchListenerFailedException("malformed", 2);
        })).isInstanceOf(BatchListenerFailedException.class);

        assertThat(handled()).as("the two records before it").isEqualTo(2);
        assertThat(observed.get(0).getError()).isInstanceOf(BatchListenerFailedException.class);
    }

    @Test
    void any_other_failure_counts_nothing_the_whole_batch_is_retried() {
        assertThatThrownBy(() -> batches.handle("experience-events", batch(2), () -> {
            throw new IllegalStateException("Elasticsearch unavailable");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(handled()).isZero();
    }

    @Test
    void an_empty_batch_does_nothing() {
        batches.handle("experience-events", List.of(), () -> {
            throw new AssertionError("no work for an empty batch");
        });

        assertThat(observed).isEmpty();
    }

    @Test
    void a_dead_letter_names_the_real_cause_of_a_record_a_batch_listener_named() {
        var malformed = new MalformedEventException("not valid JSON");
        Exception failure = new ListenerExecutionFailedException("listener failed",
                new BatchListenerFailedException("not valid JSON", malformed, 2));

        assertThat(EventConsumerAutoConfiguration.asRecordListenerFailure(failure))
                .isInstanceOf(ListenerExecutionFailedException.class).hasCause(malformed);
        var recordListenerFailure = new ListenerExecutionFailedException("listener failed", malformed);
        assertThat(EventConsumerAutoConfiguration.asRecordListenerFailure(recordListenerFailure))
                .isSameAs(recordListenerFailure);
    }
}
