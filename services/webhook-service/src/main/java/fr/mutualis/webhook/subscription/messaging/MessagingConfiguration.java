package fr.mutualis.webhook.subscription.messaging;

import fr.mutualis.events.consumer.ConsumedTopics;
import fr.mutualis.events.consumer.EventReaders;
import fr.mutualis.webhook.WebhookProperties;
import fr.mutualis.webhook.subscription.application.RecordDeliveries;
import fr.mutualis.webhook.subscription.domain.EventLog;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Kafka side of the webhooks: the live consumer, the dead letters of its topics, and the replay reader.
 *
 * <p>The listener never fails because of a receiver (it only writes rows). A record that is not a contract event with
 * its CloudEvents headers goes to {@code <topic>.DLT} at once; the database being unreachable is retried with a
 * bounded back-off, then dead-lettered too (the platform's one policy, {@code libs/event-consumer}). Replaying a dead
 * letter onto its topic is safe: deliveries are deduplicated on (subscription, ce_id).
 */
@Configuration(proxyBeanMethods = false)
public class MessagingConfiguration {

    @Bean
    ConsumedTopics webhookConsumedTopics(WebhookProperties properties) {
        return new ConsumedTopics(properties.topics());
    }

    @Bean
    WebhookEventListener webhookEventListener(RecordDeliveries recordDeliveries, WebhookProperties properties,
                                              EventReaders readers, MeterRegistry meters) {
        return new WebhookEventListener(recordDeliveries, properties.topics(), readers, meters);
    }

    @Bean
    EventLog kafkaEventLog(KafkaProperties kafka, WebhookProperties properties) {
        return new KafkaEventLog(kafka.buildConsumerProperties(), properties.replay().timeout());
    }
}
