package fr.mutualis.search.experience.messaging;

import fr.mutualis.search.SearchProperties;

import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.experience.domain.ChangeRejectedException;
import fr.mutualis.search.shared.messaging.MalformedEventException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kafka side of the experience feature: topics, listener, and what happens when a message fails.
 *
 * <ul>
 *   <li>A malformed message ({@link MalformedEventException}) or a change the index rejects
 *       ({@link ChangeRejectedException}) goes to the dead-letter topic at once: no retry, the partition moves on.</li>
 *   <li>Any other failure (Elasticsearch down, timeouts) is retried with an exponential back-off, bounded by
 *       {@code mutualis.search.retry.*}, then goes to the dead-letter topic as well.</li>
 *   <li>The dead letter keeps the original key, value and headers, plus Spring Kafka's {@code kafka_dlt-*} headers
 *       (original topic, partition, offset, exception class and message). If publishing it fails, the record is not
 *       committed and is tried again: nothing vanishes.</li>
 * </ul>
 * Replaying a dead letter onto the events topic is always safe: indexing is versioned.
 */
@Configuration(proxyBeanMethods = false)
public class ExperienceMessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExperienceMessagingConfiguration.class);

    @Bean
    NewTopic experienceEventsTopic(SearchProperties properties) {
        return TopicBuilder.name(properties.experienceTopic())
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    @Bean
    NewTopic experienceEventsDeadLetterTopic(SearchProperties properties) {
        return TopicBuilder.name(properties.deadLetterTopic())
                .partitions(properties.topics().deadLetterPartitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    /** Picked up by Spring Boot's listener container factory. */
    @Bean
    DefaultErrorHandler experienceEventsErrorHandler(KafkaTemplate<?, ?> kafkaTemplate, SearchProperties properties) {
        // Each topic has its own dead letters: mutualis.experience.events.DLT, mutualis.barometer.events.DLT.
        var recoverer = new DeadLetterPublishingRecoverer(kafkaTemplate,
                (record, exception) -> new TopicPartition(deadLetterTopic(properties, record.topic()), -1)) {
            @Override
            public void accept(ConsumerRecord<?, ?> record, Consumer<?, ?> consumer, Exception exception) {
                Throwable cause = exception.getCause() == null ? exception : exception.getCause();
                log.warn("Dead-lettering {}-{}@{} (key {}) to {}: {}", record.topic(), record.partition(),
                        record.offset(), record.key(), deadLetterTopic(properties, record.topic()), cause.getMessage());
                super.accept(record, consumer, exception);
            }
        };
        SearchProperties.Retry retry = properties.retry();
        var backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, ChangeRejectedException.class);
        return handler;
    }

    private static String deadLetterTopic(SearchProperties properties, String topic) {
        return topic.equals(properties.experienceTopic()) ? properties.deadLetterTopic() : topic + ".DLT";
    }

    @Bean
    NewTopic barometerEventsTopic(SearchProperties properties) {
        return TopicBuilder.name(properties.barometerTopic())
                .partitions(properties.topics().partitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    @Bean
    NewTopic barometerEventsDeadLetterTopic(SearchProperties properties) {
        return TopicBuilder.name(properties.barometerTopic() + ".DLT")
                .partitions(properties.topics().deadLetterPartitions())
                .replicas(properties.topics().replicationFactor())
                .build();
    }

    @Bean
    ExperienceEventParser experienceEventParser() {
        // Its own strict mapper: what the contract accepts must not depend on the application's JSON settings.
        return new ExperienceEventParser(JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .build());
    }

}
