package fr.mutualis.events.consumer;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * How every consumer of the platform talks to Kafka, below anything the service sets: its consumer group is its
 * name, it reads a new topic from the beginning, events travel as JSON text, it never creates a topic by reading it
 * (topics belong to their producers), a member that dies is replaced within seconds, dead letters are
 * acknowledged by every replica, and each record handled is traced in the trace of the change that produced it.
 */
public class EventConsumerDefaults implements EnvironmentPostProcessor {

    /** Where Spring Boot takes the Kafka consumer's own settings from. */
    static final String CONSUMER_PROPERTY = "spring.kafka.consumer.properties.";
    private static final String STRING_DESERIALIZER = "org.apache.kafka.common.serialization.StringDeserializer";
    private static final String STRING_SERIALIZER = "org.apache.kafka.common.serialization.StringSerializer";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // The launcher passes the actual broker.
            Map.entry("spring.kafka.bootstrap-servers", "127.0.0.1:19092"),
            Map.entry("spring.kafka.consumer.group-id", "${spring.application.name}"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("spring.kafka.consumer.key-deserializer", STRING_DESERIALIZER),
            Map.entry("spring.kafka.consumer.value-deserializer", STRING_DESERIALIZER),
            Map.entry(CONSUMER_PROPERTY + "allow.auto.create.topics", "false"),
            // A member that dies without leaving its group (SIGKILL, crash) holds its partitions until its session
            // expires: 6 s, the broker's minimum, rather than 45 s, so a restarted consumer resumes at once (ADR 0017).
            Map.entry(CONSUMER_PROPERTY + "session.timeout.ms", "6000"),
            Map.entry(CONSUMER_PROPERTY + "heartbeat.interval.ms", "2000"),
            // Dead letters are the only records a consumer produces.
            Map.entry("spring.kafka.producer.key-serializer", STRING_SERIALIZER),
            Map.entry("spring.kafka.producer.value-serializer", STRING_SERIALIZER),
            Map.entry("spring.kafka.producer.acks", "all"),
            // Do not block the start when the broker is late: the dead-letter topics are created once it answers.
            Map.entry("spring.kafka.admin.fail-fast", "false"),
            // A span per record handled, child of the producer's from the W3C traceparent header (ADR 0027).
            Map.entry("spring.kafka.listener.observation-enabled", "true"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("mutualisEventConsumerDefaults", DEFAULTS));
    }
}
