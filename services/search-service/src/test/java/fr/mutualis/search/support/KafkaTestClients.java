package fr.mutualis.search.support;

import fr.mutualis.testing.stack.PlatformProducer;
import fr.mutualis.testing.stack.RealStack;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Plain Kafka clients on the real broker of the test run, as another service would use them. */
public final class KafkaTestClients {

    private KafkaTestClients() {
    }

    private static KafkaProducer<String, String> producer() {
        return PlatformProducer.get();
    }

    /**
     * Sends as Debezium's EventRouter does: key = aggregate id, headers {@code id} and {@code eventType} (skipped
     * when null); {@code partition} may be null to let the key choose it.
     */
    public static void send(String topic, Integer partition, String key, String value, String eventId,
                            String eventType) {
        var record = new ProducerRecord<>(topic, partition, key, value);
        if (eventId != null) {
            record.headers().add(new RecordHeader("id", eventId.getBytes(StandardCharsets.UTF_8)));
        }
        if (eventType != null) {
            record.headers().add(new RecordHeader("eventType", eventType.getBytes(StandardCharsets.UTF_8)));
        }
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not send to " + topic, e);
        }
    }

    public static void send(String topic, ExperienceEvents event) {
        send(topic, null, event.aggregateId(), event.json(), event.eventId(), event.eventType());
    }

    /** Every record of the topic, from the beginning to its current end. */
    public static List<ConsumerRecord<String, String>> readAll(String topic) {
        Properties config = new Properties();
        config.putAll(RealStack.endpoints().kafkaClientConfig());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
