package fr.mutualis.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.testing.stack.RealStack;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

/**
 * On the real Kafka of the test run: a consumer with the platform's defaults that dies without leaving its group (as
 * under SIGKILL) holds its partitions for a few seconds only; the consumer that replaces it gets them well within
 * the 10 s the platform promises (ADR 0017).
 */
class ConsumerRecoveryIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "mutualis.event-consumer.recovery-" + RUN;
    private static final int PARTITIONS = 3;

    @Test
    void a_consumer_that_dies_without_leaving_is_replaced_within_ten_seconds() throws Exception {
        Map<String, Object> platform = RealStack.endpoints().kafkaClientConfig();
        try (Admin admin = Admin.create(platform)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        KafkaConsumer<String, String> killed = consumer(platform);
        awaitAssignment(killed, Duration.ofSeconds(30));
        killed.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP));

        long restarted = System.nanoTime();
        try (KafkaConsumer<String, String> replacement = consumer(platform)) {
            awaitAssignment(replacement, Duration.ofSeconds(20));
            Duration recovery = Duration.ofNanos(System.nanoTime() - restarted);

            assertThat(recovery).as("the dead member held its partitions until its session expired")
                    .isGreaterThan(Duration.ofSeconds(2))
                    .isLessThan(Duration.ofSeconds(10));
        }
    }

    /** A consumer of the test's group with every Kafka setting the platform's consumers get by default. */
    private static KafkaConsumer<String, String> consumer(Map<String, Object> platform) {
        Map<String, Object> config = new HashMap<>();
        EventConsumerDefaults.DEFAULTS.forEach((key, value) -> {
            if (key.startsWith(EventConsumerDefaults.CONSUMER_PROPERTY)) {
                config.put(key.substring(EventConsumerDefaults.CONSUMER_PROPERTY.length()), value);
            }
        });
        config.putAll(platform);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "event-consumer-recovery-" + RUN);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        consumer.subscribe(List.of(TOPIC));
        return consumer;
    }

    private static void awaitAssignment(KafkaConsumer<String, String> consumer, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        Set<TopicPartition> assigned = Set.of();
        while (assigned.size() < PARTITIONS && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(100));
            assigned = consumer.assignment();
        }
        assertThat(assigned).as("partitions assigned within " + patience.toSeconds() + " s").hasSize(PARTITIONS);
    }
}
