package fr.mutualis.webhook.subscription.messaging;

import fr.mutualis.webhook.WebhookProperties;
import fr.mutualis.webhook.subscription.application.RecordDeliveries;
import fr.mutualis.webhook.subscription.domain.EventLog;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka side of the webhooks: the live consumer, its error handling, and the replay reader.
 *
 * <p>The listener never fails because of a receiver (it only writes rows) nor because of a record that is not a
 * CloudEvent (skipped and counted). What remains is the database being unreachable: then the record is retried in
 * place, with a back-off growing to 30 s, for as long as it takes. The partition waits, its offset is not committed,
 * nothing is skipped or lost.
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MessagingConfiguration.class);

    /** Picked up by Spring Boot's listener container factory. */
    @Bean
    DefaultErrorHandler webhookEventsErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        // No maxAttempts, no maxElapsedTime: never give up, never skip.
        DefaultErrorHandler handler = new DefaultErrorHandler((record, exception) -> {
            throw new IllegalStateException("Unreachable: the back-off never ends", exception);
        }, backOff);
        handler.setRetryListeners((record, exception, attempt) -> log.warn(
                "Cannot record deliveries of {}-{}@{} (attempt {}), retrying: {}", record.topic(), record.partition(),
                record.offset(), attempt, exception.getMessage()));
        return handler;
    }

    @Bean
    WebhookEventListener webhookEventListener(RecordDeliveries recordDeliveries, WebhookProperties properties,
                                              MeterRegistry meters) {
        return new WebhookEventListener(recordDeliveries, properties.topics(), meters);
    }

    @Bean
    EventLog kafkaEventLog(KafkaProperties kafka, WebhookProperties properties) {
        return new KafkaEventLog(kafka.buildConsumerProperties(), properties.replay().timeout());
    }
}
