package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * {@code ./mutualis dlt} on a broker of its own: two dead letters written as Spring Kafka's recoverer writes them are
 * listed without their values, replayed onto their original topic without the {@code kafka_dlt-*} headers, and only
 * once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DeadLettersIntegrationTest {

    private static final String TOPIC = "mutualis.dlt-test.events";
    private static final String DEAD_LETTERS = TOPIC + DeadLetters.SUFFIX;
    private static final String VALUE = "{\"data\":{\"email\":\"jeanne.martin@example.fr\"}}";

    private static IsolatedStack stack;
    private static StackConfig config;

    @BeforeAll
    static void twoDeadLettersOnABrokerOfItsOwn() throws Exception {
        stack = IsolatedStack.on("dlt", Port.KAFKA, Port.KAFKA_CONTROLLER, Port.KAFKA_INTEGRATORS);
        config = stack.config();
        KafkaComponent kafka = new KafkaComponent(config, UnprivilegedUser.detect());
        kafka.start();
        kafka.awaitHealthy();
        try (Admin admin = Admin.create(config.endpoints().kafkaClientConfig())) {
            admin.createTopics(List.of(new NewTopic(TOPIC, Optional.empty(), Optional.empty()),
                    new NewTopic(DEAD_LETTERS, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
        Map<String, Object> settings = config.endpoints().kafkaClientConfig();
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(deadLetter("record-1", 7)).get();
            producer.send(deadLetter("record-2", 8)).get();
        }
    }

    @AfterAll
    static void deleteIt() throws IOException {
        stack.delete();
    }

    @Test
    @Order(1)
    void listing_names_origin_key_and_exception_and_never_the_value() {
        String listed = run(deadLetters -> deadLetters.list(DEAD_LETTERS));

        assertThat(listed).contains(TOPIC + "-0@7 clé / key record-1", TOPIC + "-0@8 clé / key record-2",
                        "fr.mutualis.events.consumer.MalformedEventException : no aggregateId",
                        DEAD_LETTERS + " : 2 lettre(s) morte(s)")
                .doesNotContain("jeanne.martin").doesNotContain("\"data\"");
    }

    @Test
    @Order(2)
    void replaying_republishes_key_value_and_original_headers_onto_the_original_topic() {
        String replayed = run(deadLetters -> deadLetters.replay(DEAD_LETTERS, DeadLetters.REPLAY_GROUP));

        List<ConsumerRecord<String, String>> records = original();
        assertThat(replayed).contains("2 lettre(s) morte(s) rejouée(s)").doesNotContain("jeanne.martin");
        assertThat(records).extracting(ConsumerRecord::key).containsExactlyInAnyOrder("record-1", "record-2");
        assertThat(records).allSatisfy(record -> {
            assertThat(record.value()).isEqualTo(VALUE);
            assertThat(record.headers().toArray()).extracting(Header::key).containsExactly("ce_type");
            assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("experience.record.created.v1");
        });
    }

    @Test
    @Order(3)
    void replaying_again_republishes_nothing() {
        String replayed = run(deadLetters -> deadLetters.replay(DEAD_LETTERS, DeadLetters.REPLAY_GROUP));

        assertThat(replayed).contains(DEAD_LETTERS + " : 0 lettre(s) morte(s) rejouée(s)");
        assertThat(original()).hasSize(2);
    }

    /** As Spring Kafka's DeadLetterPublishingRecoverer writes it: partition and offset as big-endian binary. */
    private static ProducerRecord<String, String> deadLetter(String key, long offset) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_type", bytes("experience.record.created.v1"));
        headers.add("kafka_dlt-original-topic", bytes(TOPIC));
        headers.add("kafka_dlt-original-partition", ByteBuffer.allocate(Integer.BYTES).putInt(0).array());
        headers.add("kafka_dlt-original-offset", ByteBuffer.allocate(Long.BYTES).putLong(offset).array());
        headers.add("kafka_dlt-exception-fqcn", bytes("fr.mutualis.events.consumer.MalformedEventException"));
        headers.add("kafka_dlt-exception-message", bytes("no aggregateId"));
        return new ProducerRecord<>(DEAD_LETTERS, null, key, VALUE, headers);
    }

    private interface Command {
        void runOn(DeadLetters deadLetters);
    }

    private static String run(Command command) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        command.runOn(new DeadLetters(config, new PrintStream(output, true, StandardCharsets.UTF_8)));
        return output.toString(StandardCharsets.UTF_8);
    }

    /** Every record of the original topic. */
    private static List<ConsumerRecord<String, String>> original() {
        return TopicContents.all(config.endpoints(), TOPIC, Duration.ofSeconds(30));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

}
