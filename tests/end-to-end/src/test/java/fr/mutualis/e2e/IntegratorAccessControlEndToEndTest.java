package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The integrators' listener of the real broker: SCRAM over TLS, and only what was granted, read-only. */
@WithRealStack
class IntegratorAccessControlEndToEndTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String GRANTED = "access-test.granted." + RUN;
    private static final String NOT_GRANTED = "access-test.internal." + RUN;
    private static final String USER = "acme" + RUN;
    private static final String PASSWORD = UUID.randomUUID().toString();

    private static StackEndpoints stack;

    @BeforeAll
    static void topicsAndGrant(StackEndpoints endpoints) throws Exception {
        stack = endpoints;
        try (Admin admin = Admin.create(stack.kafkaClientConfig());
             KafkaProducer<String, String> platform = new KafkaProducer<>(
                     stack.kafkaClientConfig(), new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic(GRANTED, 1, (short) 1), new NewTopic(NOT_GRANTED, 1, (short) 1))).all().get();
            platform.send(new ProducerRecord<>(GRANTED, "k", "public")).get();
            platform.send(new ProducerRecord<>(NOT_GRANTED, "k", "internal")).get();
        }
        IntegratorAccess.grantRead(stack, USER, PASSWORD, GRANTED);
    }

    @Test
    void reads_the_granted_topic() {
        assertThat(readAll(GRANTED, PASSWORD)).containsExactly("public");
    }

    @Test
    void cannot_read_a_topic_it_was_not_granted() {
        assertThatThrownBy(() -> readAll(NOT_GRANTED, PASSWORD)).isInstanceOf(TopicAuthorizationException.class);
    }

    @Test
    void cannot_write_even_to_the_granted_topic() {
        Map<String, Object> config = withTimeouts(stack.integratorClientConfig(USER, PASSWORD));
        // an idempotent producer is refused earlier, at the cluster level; this one reaches the topic's ACL
        config.put("enable.idempotence", false);
        config.put("acks", "1");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(GRANTED, "k", "forged")).get())
                    .isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> readAll(GRANTED, "wrong-" + PASSWORD)).isInstanceOf(SaslAuthenticationException.class);
    }

    private static List<String> readAll(String topic, String password) {
        Map<String, Object> config = withTimeouts(stack.integratorClientConfig(USER, password));
        config.put("group.id", USER + ".test-" + UUID.randomUUID());
        config.put("auto.offset.reset", "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private static Map<String, Object> withTimeouts(Map<String, Object> config) {
        Map<String, Object> copy = new HashMap<>(config);
        copy.put("max.block.ms", 15_000);
        copy.put("delivery.timeout.ms", 15_000);
        copy.put("request.timeout.ms", 10_000);
        return copy;
    }
}
