package fr.mutualis.webhook.support;

import fr.mutualis.testing.stack.PlatformProducer;
import fr.mutualis.testing.stack.RealStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Plain Kafka clients on the real broker of the test run, as the platform's producers use it. */
public final class Kafka {

    private Kafka() {
    }

    /** A new topic of 3 partitions, unique to the caller, e.g. {@code mutualis.webhook-test.delivery-1a2b3c4d.events}. */
    public static String newTopic(String purpose) {
        String topic = "mutualis.webhook-test." + purpose + "-" + UUID.randomUUID().toString().substring(0, 8)
                + ".events";
        Properties config = new Properties();
        config.putAll(RealStack.endpoints().kafkaClientConfig());
        try (Admin admin = Admin.create(config)) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot create topic " + topic, e);
        }
        return topic;
    }

    /** Publishes the event as the EventRouter does, on the partition its key chooses, stamped now. */
    public static void publish(String topic, TestEvent event) {
        publish(topic, null, null, event);
    }

    /**
     * Publishes the event on this partition (null: the key chooses) with this record timestamp (null: now), with its
     * CloudEvents headers and the EventRouter's legacy ones.
     */
    public static void publish(String topic, Integer partition, Long timestamp, TestEvent event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, partition, timestamp, event.subject(),
                event.json());
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put("id", event.id());
        headers.put("ce_id", event.id());
        headers.put("ce_type", event.type());
        headers.put("ce_time", event.time());
        headers.put("ce_subject", event.subject());
        headers.put("ce_schemaversion", "1");
        headers.put("eventType", event.type());
        headers.put("aggregateVersion", String.valueOf(event.version()));
        headers.put("ce_specversion", "1.0");
        headers.put("ce_source", event.source());
        headers.put("content-type", "application/json");
        headers.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        send(record);
    }

    /** A record with no CloudEvents header at all, as a foreign producer could write. */
    public static void publishRaw(String topic, int partition, String key, String value) {
        send(new ProducerRecord<>(topic, partition, key, value));
    }

    /** The values of every record of the topic, from the beginning to its current end. */
    public static List<String> values(String topic) {
        Properties config = new Properties();
        config.putAll(RealStack.endpoints().kafkaClientConfig());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        List<String> values = new java.util.ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private static void send(ProducerRecord<String, String> record) {
        try {
            producer().send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot publish to " + record.topic(), e);
        }
    }

    private static KafkaProducer<String, String> producer() {
        return PlatformProducer.get();
    }
}
