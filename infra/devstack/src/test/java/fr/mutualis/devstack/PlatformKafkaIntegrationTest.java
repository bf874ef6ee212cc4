package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform's Kafka on a broker of its own: nobody gets in without signing in, a service signed in as itself reads
 * the event topics and parks dead letters but cannot forge an event (ADR 0019), and the contract's topics have the
 * contract's retention policy (ADR 0020).
 */
class PlatformKafkaIntegrationTest {

    private static final String EVENTS = "mutualis.experience.events";
    private static final String SERVICE = "search-service";

    private static IsolatedStack stack;
    private static StackConfig config;

    @BeforeAll
    static void aBrokerWithItsUsers() throws Exception {
        stack = IsolatedStack.on("kafka-access", Port.KAFKA, Port.KAFKA_CONTROLLER, Port.KAFKA_INTEGRATORS);
        config = stack.config();
        KafkaComponent kafka = new KafkaComponent(config, UnprivilegedUser.detect());
        kafka.start();
        kafka.awaitHealthy();
        KafkaAccess.provision(config);
        new PlatformTopics(config).createMissing();
    }

    @AfterAll
    static void deleteIt() throws IOException {
        stack.delete();
    }

    @Test
    void a_client_that_does_not_sign_in_is_not_answered() {
        Map<String, Object> anonymous = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(anonymous)) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class);
        }
    }

    @Test
    void a_wrong_password_is_refused() {
        try (Admin admin = Admin.create(KafkaAccess.clientConfig(config.kafkaBootstrapServers(), SERVICE, "pas-le-bon"))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(SaslAuthenticationException.class);
        }
    }

    @Test
    void a_service_reads_the_event_topics_in_its_own_group() {
        Map<String, Object> settings = service();
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, SERVICE);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
            consumer.subscribe(List.of(EVENTS));
            consumer.poll(Duration.ofSeconds(5));
            assertThat(consumer.partitionsFor(EVENTS)).isNotEmpty();
        }
    }

    @Test
    void a_service_parks_a_dead_letter_but_cannot_forge_an_event() throws Exception {
        Map<String, Object> settings = service();
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(settings)) {
            producer.send(new ProducerRecord<>(EVENTS + DeadLetters.SUFFIX, "id", "{}")).get(10, TimeUnit.SECONDS);

            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(EVENTS, "id", "{}")).get(10, TimeUnit.SECONDS))
                    .hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    @Test
    void record_topics_are_compacted_within_the_erasure_bound_and_the_audit_trail_is_not() throws Exception {
        try (Admin admin = Admin.create(config.endpoints().kafkaClientConfig())) {
            Map<ConfigResource, Config> configs = admin.describeConfigs(List.of(topic(EVENTS), topic("mutualis.audit.events")))
                    .all().get(30, TimeUnit.SECONDS);

            Config records = configs.get(topic(EVENTS));
            assertThat(records.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(Long.parseLong(records.get("max.compaction.lag.ms").value())).isEqualTo(TimeUnit.DAYS.toMillis(1));
            assertThat(Long.parseLong(records.get("segment.ms").value())).isLessThan(TimeUnit.DAYS.toMillis(1));
            Config audit = configs.get(topic("mutualis.audit.events"));
            assertThat(audit.get("cleanup.policy").value()).isEqualTo("delete");
            assertThat(audit.get("retention.ms").value()).isEqualTo(Long.toString(TimeUnit.DAYS.toMillis(7)));
        }
    }

    private static ConfigResource topic(String name) {
        return new ConfigResource(ConfigResource.Type.TOPIC, name);
    }

    private static Map<String, Object> service() {
        return KafkaAccess.clientConfig(config.kafkaBootstrapServers(), SERVICE,
                DevSecrets.of(config).kafkaPassword(SERVICE));
    }
}
