package fr.mutualis.webhook.subscription.messaging;

import fr.mutualis.webhook.subscription.domain.ConsumedEvent;
import fr.mutualis.webhook.subscription.domain.EventLog;
import fr.mutualis.webhook.subscription.domain.EventLogUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays read the topics with a consumer of their own: assigned partitions, no consumer group, no committed offset,
 * so the {@code webhook-service} group is never disturbed. The start of each partition is found with
 * {@code offsetsForTimes} (the first record whose timestamp is at or after the date); reading stops at the end
 * offsets taken when the replay starts. Records published later than that are the live consumer's business.
 */
public class KafkaEventLog implements EventLog {

    private static final Logger log = LoggerFactory.getLogger(KafkaEventLog.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final Map<String, Object> consumerConfig;
    private final Duration timeout;

    /**
     * @param consumerConfig the service's consumer settings (bootstrap servers, security); group and commits are
     *                       removed
     * @param timeout        longest a replay may read before it gives up
     */
    public KafkaEventLog(Map<String, Object> consumerConfig, Duration timeout) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        this.consumerConfig = Map.copyOf(config);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public long readFrom(Collection<String> topics, Instant from, Consumer<List<ConsumedEvent>> batches) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "webhook-service-replay-" + UUID.randomUUID().toString().substring(0, 8));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = partitions(consumer, topics, deadline);
            if (partitions.isEmpty()) {
                return 0;
            }
            // Assigned before the offsets are asked for, so that the client keeps what the broker answers.
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, remaining(deadline));
            Map<TopicPartition, Long> query = new HashMap<>();
            partitions.forEach(partition -> query.put(partition, from.toEpochMilli()));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(query, remaining(deadline));

            Set<TopicPartition> unfinished = new HashSet<>();
            List<TopicPartition> nothingToRead = new ArrayList<>();
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp start = starts.get(partition);
                long end = ends.getOrDefault(partition, 0L);
                if (start != null && start.offset() < end) {
                    unfinished.add(partition);
                    consumer.seek(partition, start.offset());
                } else {
                    nothingToRead.add(partition);
                }
            }
            consumer.pause(nothingToRead);
            if (unfinished.isEmpty()) {
                return 0;
            }

            long read = 0;
            long fromMillis = from.toEpochMilli();
            while (!unfinished.isEmpty()) {
                if (System.nanoTime() > deadline) {
                    throw new EventLogUnavailableException("Replay from " + from + " did not finish within " + timeout
                            + "; what was read is scheduled, a new replay completes it");
                }
                List<ConsumedEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (record.offset() >= ends.get(partition) || record.timestamp() < fromMillis) {
                        continue;
                    }
                    CloudEventRecords.Result result = CloudEventRecords.read(record);
                    if (result.event().isPresent()) {
                        batch.add(result.event().get());
                    } else {
                        log.debug("Replay skips {}-{}@{}: {}", record.topic(), record.partition(), record.offset(),
                                result.reason());
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(batch);
                    read += batch.size();
                }
                List<TopicPartition> done = unfinished.stream()
                        .filter(partition -> consumer.position(partition, remaining(deadline)) >= ends.get(partition))
                        .toList();
                if (!done.isEmpty()) {
                    consumer.pause(done);
                    done.forEach(unfinished::remove);
                }
            }
            return read;
        } catch (KafkaException e) {
            throw new EventLogUnavailableException("Cannot read " + topics + " from Kafka: " + e.getMessage(), e);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> consumer, Collection<String> topics,
                                                   long deadline) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic, remaining(deadline));
            if (infos == null || infos.isEmpty()) {
                log.info("Replay: topic {} does not exist (yet), nothing to read there", topic);
                continue;
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    private static Duration remaining(long deadline) {
        long nanos = deadline - System.nanoTime();
        if (nanos <= 0) {
            throw new EventLogUnavailableException("Kafka did not answer in time");
        }
        return Duration.ofNanos(nanos);
    }
}
