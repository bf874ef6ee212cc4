package fr.mutualis.webhook.support;

import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The whole service on a random port, on the real PostgreSQL (database {@code webhook_service_test}) and the real
 * Kafka of the test run ({@link RealStack}), delivering to real HTTP receivers started by the tests.
 *
 * <p>Each test class names its own topic ({@link #topics}) and gets its own consumer group; its context is closed
 * after it, so that no worker of another class sends its deliveries. Deliveries are tried 3 times, 200 ms then 400 ms
 * apart. Tests filter their subscriptions on event types of their own, so that events of other tests of the class
 * never reach their receivers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class WebhookServiceTest {

    public static final String DATABASE = "webhook_service_test";
    public static final int MAX_ATTEMPTS = 3;

    @LocalServerPort
    private int port;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;

    private final List<TestReceiver> receivers = new ArrayList<>();

    /** The key signing secrets are sealed with, new for each test JVM. */
    private static final String SECRETS_KEY = java.util.Base64.getEncoder().encodeToString(
            java.security.SecureRandom.getSeed(32));

    @DynamicPropertySource
    static void realStack(DynamicPropertyRegistry registry) {
        StackEndpoints endpoints = RealStack.endpoints();
        registry.add("spring.datasource.url", () -> endpoints.jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", endpoints::postgresUser);
        registry.add("spring.datasource.password", endpoints::postgresPassword);
        endpoints.kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        // The test receivers listen on 127.0.0.1, as an integrator's endpoint does in development.
        registry.add("mutualis.webhook.allow-loopback-http", () -> "true");
        registry.add("mutualis.secrets.key", () -> SECRETS_KEY);
        String group = "webhook-service-test-" + UUID.randomUUID().toString().substring(0, 8);
        registry.add("spring.kafka.consumer.group-id", () -> group);
        registry.add("spring.kafka.consumer.properties.metadata.max.age.ms", () -> "5000");
        registry.add("mutualis.webhook.delivery.max-attempts", () -> MAX_ATTEMPTS);
        registry.add("mutualis.webhook.delivery.initial-backoff", () -> "200ms");
        registry.add("mutualis.webhook.delivery.multiplier", () -> "2.0");
        registry.add("mutualis.webhook.delivery.max-backoff", () -> "2s");
        registry.add("mutualis.webhook.delivery.poll-interval", () -> "50ms");
        registry.add("mutualis.webhook.delivery.connect-timeout", () -> "1s");
        registry.add("mutualis.webhook.delivery.request-timeout", () -> "3s");
        registry.add("mutualis.webhook.delivery.claim-lease", () -> "10s");
        registry.add("mutualis.webhook.replay.timeout", () -> "30s");
    }

    /** Registers the test class's topic as the service's only one. */
    protected static void topics(DynamicPropertyRegistry registry, String topic) {
        registry.add("mutualis.webhook.topics", () -> topic);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void stopReceivers() {
        receivers.forEach(TestReceiver::close);
    }

    /** A receiver closed after the test. */
    protected TestReceiver receiver() {
        TestReceiver receiver = TestReceiver.start();
        receivers.add(receiver);
        return receiver;
    }

    /** Subscribes the receiver and gives it the secret shown at creation. */
    protected JsonNode subscribe(TestReceiver receiver, String topic, List<String> eventTypes) {
        JsonNode created = api.subscribe(receiver.url(), List.of(topic), eventTypes);
        receiver.secret(created.get("secret").asString());
        return created;
    }

    /** A type no other test uses, e.g. {@code test.3f2a1b0c.created}. */
    protected static String uniqueType(String what) {
        return "test." + UUID.randomUUID().toString().substring(0, 8) + "." + what;
    }

    /** The status of the delivery of this event to this subscription, null when there is none. */
    protected String deliveryStatus(String subscriptionId, String ceId) {
        return jdbc.sql("SELECT status FROM delivery WHERE subscription_id = :s AND ce_id = :e")
                .param("s", UUID.fromString(subscriptionId))
                .param("e", ceId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    protected int deliveryAttempts(String subscriptionId, String ceId) {
        return jdbc.sql("SELECT attempts FROM delivery WHERE subscription_id = :s AND ce_id = :e")
                .param("s", UUID.fromString(subscriptionId))
                .param("e", ceId)
                .query(Integer.class)
                .single();
    }
}
