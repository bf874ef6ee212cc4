package fr.mutualis.testing.stack;

import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * One Kafka producer on the platform's internal listener of the test run's broker, as the platform's own producers
 * write (string keys and values, acks=all). Created on first use, shared by a test JVM's helpers, closed at exit.
 */
public final class PlatformProducer {

    private static KafkaProducer<String, String> producer;

    private PlatformProducer() {
    }

    public static synchronized KafkaProducer<String, String> get() {
        if (producer == null) {
            Properties config = new Properties();
            config.putAll(RealStack.endpoints().kafkaClientConfig());
            config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
            config.put(ProducerConfig.ACKS_CONFIG, "all");
            KafkaProducer<String, String> created = new KafkaProducer<>(config);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> created.close(Duration.ofSeconds(5))));
            producer = created;
        }
        return producer;
    }
}
