package fr.mutualis.events.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The one dead-letter policy of every listener, picked up by Spring Boot's listener container factory:
 * <ul>
 *   <li>a {@link MalformedEventException}, or a service's {@link NotRetryable} failure, goes to {@code <topic>.DLT}
 *       at once: the partition moves on;</li>
 *   <li>any other failure is retried with a bounded exponential back-off ({@code mutualis.events.retry.*}), then
 *       dead-lettered as well;</li>
 *   <li>the dead letter keeps the original key, value and headers, plus Spring Kafka's {@code kafka_dlt-*} headers
 *       (original topic, partition, offset, exception). If it cannot be published, the record is not committed and
 *       is tried again: nothing vanishes.</li>
 * </ul>
 * Consumers must therefore be idempotent: replaying a dead letter onto its topic must be safe.
 *
 * <p>Each record handled is observed ({@link EventConsumerDefaults}): its listener's span continues the producer's
 * trace from the record's {@code traceparent} header (ADR 0027), and its logs name the event and its collectivité.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(EventConsumerProperties.class)
public class EventConsumerAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EventConsumerAutoConfiguration.class);

    @Bean
    EventReaders eventReaders(MeterRegistry meters) {
        return new EventReaders(meters);
    }

    @Bean
    EventBatches eventBatches(ObjectProvider<ObservationRegistry> observations, MeterRegistry meters) {
        return new EventBatches(observations.getIfAvailable(() -> ObservationRegistry.NOOP), meters);
    }

    /**
     * Counter of the records dead-lettered, tagged by {@code topic} (the original one) and {@code reason}
     * ({@code malformed}, or {@code failed} after the retries): what an operator's alert watches.
     */
    public static final String DEAD_LETTERED_METER = "mutualis.events.dead-lettered";

    @Bean
    DefaultErrorHandler eventsErrorHandler(KafkaOperations<?, ?> kafka, EventConsumerProperties properties,
                                           ObjectProvider<NotRetryable> notRetryable, MeterRegistry meters) {
        var recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(deadLetterTopic(record.topic()), -1)) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception failure) {
                Exception exception = asRecordListenerFailure(failure);
                Throwable cause = exception.getCause() == null ? exception : exception.getCause();
                // Never the value: it may hold personal data.
                log.warn("Dead-lettering {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                        record.offset(), record.key(), deadLetterTopic(record.topic()), cause.getMessage());
                super.accept(record, consumer, exception);
                meters.counter(DEAD_LETTERED_METER, "topic", record.topic(),
                        "reason", cause instanceof MalformedEventException ? "malformed" : "failed").increment();
                ConsumedEventInterceptor.count(meters, record.topic(), "dead_lettered");
            }
        };
        EventConsumerProperties.Retry retry = properties.retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class);
        notRetryable.orderedStream().forEach(declared ->
                declared.exceptions().forEach(handler::addNotRetryableExceptions));
        return handler;
    }

    /**
     * Picked up by Spring Boot's listener container factory: the event id and collectivité in the logs of each record
     * handled, and the counter {@value ConsumedEventInterceptor#CONSUMED_METER}.
     */
    @Bean
    RecordInterceptor<Object, Object> consumedEventInterceptor(MeterRegistry meters) {
        return new ConsumedEventInterceptor(meters);
    }

    /**
     * A batch listener names its failed record with a {@link BatchListenerFailedException} around the real cause: the
     * dead letter's {@code kafka_dlt-exception-*} headers and the counter's reason then name that cause, as for a
     * record listener.
     */
    static Exception asRecordListenerFailure(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BatchListenerFailedException named && named.getCause() != null) {
                return new ListenerExecutionFailedException(named.getMessage(), named.getCause());
            }
        }
        return failure;
    }

    @Bean
    KafkaAdmin.NewTopics deadLetterTopics(ObjectProvider<ConsumedTopics> consumed, EventConsumerProperties properties) {
        return new KafkaAdmin.NewTopics(consumed.orderedStream()
                .flatMap(topics -> topics.names().stream())
                .distinct()
                .map(topic -> TopicBuilder.name(deadLetterTopic(topic))
                        .partitions(properties.deadLetter().partitions())
                        .replicas(properties.deadLetter().replicationFactor())
                        .build())
                .toArray(NewTopic[]::new));
    }

    /**
     * The dead-letter counts of every consumed topic exist from the start, at zero: Prometheus's {@code increase()}
     * sees no increase in a series that appears with its first dead letter, and the alert would miss it.
     */
    @Bean
    MeterBinder deadLetteredMeters(ObjectProvider<ConsumedTopics> consumed) {
        return meters -> consumed.orderedStream().flatMap(topics -> topics.names().stream()).distinct()
                .forEach(topic -> java.util.stream.Stream.of("malformed", "failed").forEach(reason ->
                        meters.counter(DEAD_LETTERED_METER, "topic", topic, "reason", reason)));
    }

    /** Each topic has its own dead letters, e.g. {@code mutualis.experience.events.DLT}. */
    public static String deadLetterTopic(String topic) {
        return topic + ".DLT";
    }
}
