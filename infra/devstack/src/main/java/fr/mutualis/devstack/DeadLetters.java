package fr.mutualis.devstack;

import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * {@code ./mutualis dlt list|replay <topic>.DLT}: what the consumers dead-lettered (libs/event-consumer), and, once the
 * cause is fixed, the same records re-published onto their original topic. Replaying is safe because consumers are
 * idempotent; it happens once, since progress is committed by a consumer group of its own after each record.
 */
final class DeadLetters {

    static final String SUFFIX = ".DLT";
    static final String REPLAY_GROUP = "mutualis-dlt-replay";
    /** Spring Kafka's DeadLetterPublishingRecoverer prefixes every header it adds with this. */
    static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    private static final String ORIGINAL_TOPIC = DLT_HEADER_PREFIX + "original-topic";
    private static final String ORIGINAL_PARTITION = DLT_HEADER_PREFIX + "original-partition";
    private static final String ORIGINAL_OFFSET = DLT_HEADER_PREFIX + "original-offset";
    private static final String EXCEPTION_CLASS = DLT_HEADER_PREFIX + "exception-fqcn";
    private static final String EXCEPTION_MESSAGE = DLT_HEADER_PREFIX + "exception-message";

    private final StackConfig config;
    private final PrintStream out;

    DeadLetters(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Each dead letter's origin, key and exception, never its value: it may hold personal data. */
    void list(String deadLetterTopic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            consumer.seekToBeginning(partitions);
            long count = readToEnd(consumer, partitions, record -> out.println("  " + origin(record) + " clé / key "
                    + text(record.key()) + " : " + header(record, EXCEPTION_CLASS) + " : " + header(record, EXCEPTION_MESSAGE)));
            out.println(deadLetterTopic + " : " + count + " lettre(s) morte(s) / dead letter(s)");
        } catch (KafkaException e) {
            throw unreachable(e);
        }
    }

    /**
     * Re-publishes each dead letter not yet replayed by {@code group} onto its original topic, with its key, value and
     * original headers, committing after each one. Stops at the end the topic had when it began, so that a record
     * dead-lettered again meanwhile waits for the next run instead of looping.
     */
    void replay(String deadLetterTopic, String group) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(group);
             KafkaProducer<byte[], byte[]> producer = producer()) {
            List<TopicPartition> partitions = partitions(consumer, deadLetterTopic);
            long count = readToEnd(consumer, partitions, record -> {
                String topic = originalTopic(record);
                try {
                    producer.send(new ProducerRecord<>(topic, null, record.key(), record.value(), originalHeaders(record)))
                            .get();
                } catch (ExecutionException e) {
                    throw new StackException(KafkaComponent.NAME, "republication impossible / cannot re-publish "
                            + origin(record) + " vers / to " + topic + " : " + e.getCause().getMessage(), e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StackException(KafkaComponent.NAME, "interrompu / interrupted", e);
                }
                consumer.commitSync(Map.of(new TopicPartition(record.topic(), record.partition()),
                        new OffsetAndMetadata(record.offset() + 1)));
                out.println("  ↻ " + origin(record) + " clé / key " + text(record.key()) + " → " + topic);
            });
            out.println(deadLetterTopic + " : " + count + " lettre(s) morte(s) rejouée(s) / dead letter(s) replayed"
                    + " (groupe / group " + group + ")");
        } catch (KafkaException e) {
            throw unreachable(e);
        }
    }

    /** Without a group the consumer commits nothing; with one, it resumes where that group stopped, or at the start. */
    private KafkaConsumer<byte[], byte[]> consumer(String group) {
        Map<String, Object> settings = config.endpoints().kafkaClientConfig();
        settings.putAll(Map.of(
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 15_000));
        if (group != null) {
            settings.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        }
        return new KafkaConsumer<>(settings);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        Map<String, Object> settings = config.endpoints().kafkaClientConfig();
        settings.putAll(Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000));
        return new KafkaProducer<>(settings);
    }

    /** Every partition of the topic, assigned rather than subscribed: no rebalance to wait for. */
    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        if (!topic.endsWith(SUFFIX)) {
            throw new StackException(KafkaComponent.NAME, "pas un topic de lettres mortes / not a dead-letter topic: "
                    + topic + " (attendu / expected <topic>" + SUFFIX + ")");
        }
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(partition -> new TopicPartition(topic, partition.partition())).toList();
        if (partitions.isEmpty()) {
            throw new StackException(KafkaComponent.NAME, "topic inconnu / unknown topic: " + topic);
        }
        consumer.assign(partitions);
        return partitions;
    }

    /** Gives {@code action} each record up to the end the partitions have now; how many it gave. */
    private static long readToEnd(KafkaConsumer<byte[], byte[]> consumer, List<TopicPartition> partitions,
                                  Consumer<ConsumerRecord<byte[], byte[]>> action) {
        Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
        long count = 0;
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    action.accept(record);
                    count++;
                }
            }
        }
        return count;
    }

    /** The topic it was dead-lettered from; by convention its name without {@code .DLT} when the header is missing. */
    private static String originalTopic(ConsumerRecord<byte[], byte[]> record) {
        Header header = record.headers().lastHeader(ORIGINAL_TOPIC);
        return header != null ? text(header.value()) : record.topic().substring(0, record.topic().length() - SUFFIX.length());
    }

    private static Headers originalHeaders(ConsumerRecord<byte[], byte[]> record) {
        return new RecordHeaders(StreamSupport.stream(record.headers().spliterator(), false)
                .filter(header -> !header.key().startsWith(DLT_HEADER_PREFIX)).toList());
    }

    /** {@code topic-partition@offset} where the consumer failed; the recoverer writes the numbers as big-endian binary. */
    private static String origin(ConsumerRecord<byte[], byte[]> record) {
        Header partition = record.headers().lastHeader(ORIGINAL_PARTITION);
        Header offset = record.headers().lastHeader(ORIGINAL_OFFSET);
        return originalTopic(record) + "-" + (partition == null ? "?" : ByteBuffer.wrap(partition.value()).getInt())
                + "@" + (offset == null ? "?" : ByteBuffer.wrap(offset.value()).getLong());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "(aucune / none)" : new String(bytes, StandardCharsets.UTF_8);
    }

    private static StackException unreachable(KafkaException e) {
        return new StackException(KafkaComponent.NAME, "Kafka injoignable ou en erreur / unreachable or failing ("
                + e.getMessage() + ") : la plateforme tourne-t-elle ? / is the platform up? ./mutualis status", e);
    }
}
