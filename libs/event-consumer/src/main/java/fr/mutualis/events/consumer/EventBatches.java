package fr.mutualis.events.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaListenerObservation;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * The one way a batch listener ({@code @KafkaListener(batch = "true")}) handles its records, where writing them
 * together pays (bulk indexing):
 * <ul>
 *   <li>the container gives each record its own span in the trace of the change that produced it; the work on the
 *       whole batch (the bulk request) runs in one more span, which continues the trace of the batch's first record
 *       and carries the batch's size, since a span has one parent;</li>
 *   <li>records handled are counted in {@code mutualis.events.consumed} as a record listener's are;</li>
 *   <li>the work names a record it cannot handle with a {@link BatchListenerFailedException} at that record's
 *       position, after handling the records before it: those are committed, that one goes through the dead-letter
 *       policy, the ones after it are delivered again. Any other failure retries the whole batch, which must
 *       therefore be idempotent, as every consumer is.</li>
 * </ul>
 */
public final class EventBatches {

    /** Tag of the batch's span: how many records it handles. */
    static final String BATCH_SIZE_TAG = "messaging.batch.message_count";

    private final ObservationRegistry observations;
    private final MeterRegistry meters;

    EventBatches(ObservationRegistry observations, MeterRegistry meters) {
        this.observations = Objects.requireNonNull(observations, "observations");
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /** Runs {@code work} on {@code batch}, observed and counted. */
    public void handle(String listenerId, List<? extends ConsumerRecord<?, ?>> batch, Runnable work) {
        if (batch.isEmpty()) {
            return;
        }
        ConsumerRecord<?, ?> first = batch.get(0);
        Observation observation = KafkaListenerObservation.LISTENER_OBSERVATION.observation(null,
                        KafkaListenerObservation.DefaultKafkaListenerObservationConvention.INSTANCE,
                        () -> new KafkaRecordReceiverContext(first, listenerId, () -> null), observations)
                .highCardinalityKeyValue(BATCH_SIZE_TAG, String.valueOf(batch.size()));
        try {
            observation.observe(work);
            countHandled(batch, batch.size());
        } catch (BatchListenerFailedException e) {
            countHandled(batch, Math.max(e.getIndex(), 0));
            throw e;
        }
    }

    private void countHandled(List<? extends ConsumerRecord<?, ?>> batch, int handled) {
        for (int i = 0; i < handled; i++) {
            ConsumedEventInterceptor.count(meters, batch.get(i).topic(), "handled");
        }
    }
}
