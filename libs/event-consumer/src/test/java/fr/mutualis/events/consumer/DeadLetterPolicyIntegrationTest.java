package fr.mutualis.events.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.EventEnvelope;
import fr.mutualis.testing.stack.PlatformProducer;
import fr.mutualis.testing.stack.RealStack;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The dead-letter policy on the real Kafka of the test run, with one listener reading through an EventReader; and what
 * every listener gets besides: the event named in its logs, the records counted.
 */
@SpringBootTest(classes = DeadLetterPolicyIntegrationTest.Consumer.class)
class DeadLetterPolicyIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "mutualis.event-consumer.test-" + RUN;
    private static final String DEAD_LETTERS = TOPIC + ".DLT";
    private static final String FAILING = "Panne passagère";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void realKafka(DynamicPropertyRegistry registry) {
        RealStack.endpoints().kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("test.topic", () -> TOPIC);
        registry.add("spring.kafka.consumer.group-id", () -> "event-consumer-test-" + RUN);
        registry.add("spring.kafka.consumer.auto-offset-reset", () -> "earliest");
        registry.add("mutualis.events.retry.initial-interval", () -> "100ms");
        registry.add("mutualis.events.retry.max-interval", () -> "200ms");
        registry.add("mutualis.events.retry.max-retries", () -> "2");
    }

    @Autowired
    private Listener listener;
    @Autowired
    private MeterRegistry meters;

    @Test
    void aMalformedRecordIsDeadLetteredAtOnceWithItsHeadersAndThePartitionMovesOn() {
        String key = UUID.randomUUID().toString();
        String malformed = "ceci n'est pas du JSON {" + key;
        ObjectNode next = event("Message suivant sur la même partition");

        send(key, malformed, new RecordHeader("ce_id", key.getBytes(StandardCharsets.UTF_8)));
        send(next.path("aggregateId").asString(), next.toString());

        await().atMost(PATIENCE).until(() -> listener.read.stream()
                .anyMatch(event -> event.aggregateId().equals(next.path("aggregateId").asString())));
        ConsumerRecord<String, String> dead = deadLetter(malformed);
        assertThat(dead.key()).isEqualTo(key);
        assertThat(header(dead, "ce_id")).as("original header kept").isEqualTo(key);
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(TOPIC);
        assertThat(header(dead, "kafka_dlt-exception-cause-fqcn") + " " + header(dead, "kafka_dlt-exception-fqcn"))
                .contains(MalformedEventException.class.getName());
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("not valid JSON");
        assertThat(listener.attempts(key)).as("never retried").isZero();
        assertThat(deadLettered("malformed")).as("an alert can count it").isGreaterThanOrEqualTo(1);
        assertThat(consumed("dead_lettered")).isGreaterThanOrEqualTo(1);
        assertThat(consumed("handled")).as("the next message").isGreaterThanOrEqualTo(1);
    }

    @Test
    void theLogsOfAnEventNameItAndItsCollectivite() {
        ObjectNode event = event("Nommé dans les journaux");
        String key = event.path("aggregateId").asString();
        String eventId = event.path("eventId").asString();

        send(key, event.toString(), new RecordHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8)));

        await().atMost(PATIENCE).until(() -> listener.logContexts.containsKey(key));
        assertThat(listener.logContexts.get(key))
                .containsEntry("event_id", eventId)
                .containsEntry("collectivite", event.path("data").path("siren").asString());
    }

    @Test
    void aTransientFailureIsRetriedThenDeadLettered() {
        ObjectNode failing = event(FAILING);
        String key = failing.path("aggregateId").asString();

        send(key, failing.toString());

        ConsumerRecord<String, String> dead = deadLetter(failing.toString());
        assertThat(listener.attempts(key)).as("first attempt + max-retries").isEqualTo(3);
        assertThat(header(dead, "kafka_dlt-exception-message")).contains("Index injoignable");
        assertThat(partitions(DEAD_LETTERS)).as("created by the policy, not by the broker's defaults").isEqualTo(1);
        await().atMost(PATIENCE).until(() -> deadLettered("failed") >= 1);
    }

    private double consumed(String outcome) {
        var counter = meters.find(ConsumedEventInterceptor.CONSUMED_METER).tags("topic", TOPIC, "outcome", outcome)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLettered(String reason) {
        var counter = meters.find(EventConsumerAutoConfiguration.DEAD_LETTERED_METER).tags("topic", TOPIC, "reason", reason)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** A valid event of the contract's example, about a new aggregate. */
    private static ObjectNode event(String title) {
        ObjectNode event = (ObjectNode) JSON.readTree(EventContracts.example("experience.record.created.v1"));
        String id = UUID.randomUUID().toString();
        event.put("eventId", UUID.randomUUID().toString());
        event.put("aggregateId", id);
        ((ObjectNode) event.get("data")).put("id", id).put("title", title);
        return event;
    }

    private static void send(String key, String value, Header... headers) {
        try {
            PlatformProducer.get().send(new ProducerRecord<>(TOPIC, null, key, value, List.of(headers)))
                    .get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send to " + TOPIC, e);
        }
    }

    private static ConsumerRecord<String, String> deadLetter(String value) {
        return await().atMost(PATIENCE).until(
                () -> readAll(DEAD_LETTERS).stream().filter(record -> value.equals(record.value())).findFirst(),
                Optional::isPresent).orElseThrow();
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties config = new Properties();
        config.putAll(RealStack.endpoints().kafkaClientConfig());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(config);
    }

    private static int partitions(String topic) {
        try (var consumer = consumer()) {
            return consumer.partitionsFor(topic, Duration.ofSeconds(10)).size();
        }
    }

    private static List<ConsumerRecord<String, String>> readAll(String topic) {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A service as the platform writes one: its listener, the topic it consumes, nothing about errors. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Consumer {

        @Bean
        NewTopic topic() {
            return TopicBuilder.name(TOPIC).partitions(1).replicas(1).build();
        }

        @Bean
        ConsumedTopics consumedTopics() {
            return ConsumedTopics.of(TOPIC);
        }

        @Bean
        MeterRegistry meters() {
            return new SimpleMeterRegistry();
        }

        @Bean
        Listener listener(EventReaders readers) {
            return new Listener(readers.reader(Title.class, "experience.record.created.v1"));
        }
    }

    record Title(String title) {
    }

    static class Listener {

        final List<EventEnvelope<Title>> read = new CopyOnWriteArrayList<>();
        /** The logging context each record was handled in, by key. */
        final Map<String, Map<String, String>> logContexts = new ConcurrentHashMap<>();
        private final List<String> failedKeys = new CopyOnWriteArrayList<>();
        private final EventReader<Title> reader;

        Listener(EventReader<Title> reader) {
            this.reader = reader;
        }

        @KafkaListener(topics = "${test.topic}")
        void onMessage(ConsumerRecord<String, String> record) {
            Map<String, String> logContext = MDC.getCopyOfContextMap();
            logContexts.put(record.key(), logContext == null ? Map.of() : logContext);
            reader.read(record).ifPresent(event -> {
                if (FAILING.equals(event.data().title())) {
                    failedKeys.add(record.key());
                    throw new IllegalStateException("Index injoignable");
                }
                read.add(event);
            });
        }

        int attempts(String key) {
            return (int) failedKeys.stream().filter(key::equals).count();
        }
    }
}
