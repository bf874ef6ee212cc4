package fr.mutualis.search.experience.messaging;

import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventLog;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.ConsumerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * The experience events topic read again by partition and offset, with a consumer of the service's own consumer
 * factory (Spring Boot's Kafka properties: brokers, security, deserializers), manually assigned, which never commits:
 * the live consumer group's offsets are never touched. Each record is read by {@link ExperienceRecords}, as live.
 */
public class KafkaExperienceEventLog implements ExperienceEventLog {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** A replay that reads nothing for this long, although records remain, gives up. */
    private static final Duration STALLED = Duration.ofSeconds(60);

    private final ConsumerFactory<String, String> consumers;
    private final String topic;
    private final ExperienceRecords records;
    private final String groupId;
    private final int maxPollRecords;
    private final Duration pauseBetweenPolls;

    /**
     * @param groupId           never committed to; only names the rebuild's consumer in the broker's logs
     * @param pauseBetweenPolls a pause between batches, to spare Elasticsearch during a rebuild
     */
    public KafkaExperienceEventLog(ConsumerFactory<String, String> consumers, String topic, ExperienceRecords records,
                                   String groupId, int maxPollRecords, Duration pauseBetweenPolls) {
        this.consumers = Objects.requireNonNull(consumers, "consumers");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.records = Objects.requireNonNull(records, "records");
        this.groupId = Objects.requireNonNull(groupId, "groupId");
        this.maxPollRecords = maxPollRecords;
        this.pauseBetweenPolls = Objects.requireNonNull(pauseBetweenPolls, "pauseBetweenPolls");
    }

    @Override
    public Map<Integer, Long> start() {
        try (Consumer<String, String> consumer = consumer()) {
            return byPartition(consumer.beginningOffsets(partitions(consumer), TIMEOUT));
        }
    }

    @Override
    public Map<Integer, Long> end() {
        try (Consumer<String, String> consumer = consumer()) {
            return byPartition(consumer.endOffsets(partitions(consumer), TIMEOUT));
        }
    }

    /**
     * Reads and checks the next batch while the handler applies the previous one, on a thread of its own: the handler
     * gets the batches one at a time and in order, and its failure ends the replay.
     */
    @Override
    public Replayed replay(Map<Integer, Long> from, Map<Integer, Long> to,
                           java.util.function.Consumer<List<ExperienceEvent>> handler,
                           java.util.function.Consumer<Long> progress) {
        long read = 0;
        long malformed = 0;
        ExecutorService applying = Executors.newSingleThreadExecutor(work -> new Thread(work, "rebuild-apply"));
        Future<?> applied = CompletableFuture.completedFuture(null);
        try (Consumer<String, String> consumer = consumer()) {
            Map<TopicPartition, Long> until = new HashMap<>();
            to.forEach((partition, end) -> {
                if (end > from.getOrDefault(partition, 0L)) {
                    until.put(new TopicPartition(topic, partition), end);
                }
            });
            consumer.assign(until.keySet());
            until.keySet().forEach(partition -> consumer.seek(partition, from.getOrDefault(partition.partition(), 0L)));
            long lastProgress = System.nanoTime();
            while (!until.isEmpty()) {
                var batch = consumer.poll(Duration.ofMillis(500));
                List<ExperienceEvent> events = new ArrayList<>(batch.count());
                for (ConsumerRecord<String, String> record : batch) {
                    Long end = until.get(new TopicPartition(record.topic(), record.partition()));
                    if (end == null || record.offset() >= end) {
                        continue;
                    }
                    read++;
                    try {
                        records.read(record).ifPresent(events::add);
                    } catch (MalformedEventException e) {
                        // The live consumer sent it to the dead-letter topic; the rebuild leaves it out the same way.
                        malformed++;
                    }
                }
                if (!events.isEmpty()) {
                    awaitApplied(applied);
                    applied = applying.submit(() -> handler.accept(events));
                }
                List<TopicPartition> done = until.keySet().stream()
                        .filter(partition -> consumer.position(partition, TIMEOUT) >= until.get(partition)).toList();
                if (!done.isEmpty()) {
                    consumer.pause(done);
                    done.forEach(until::remove);
                }
                if (!batch.isEmpty()) {
                    lastProgress = System.nanoTime();
                    progress.accept(read);
                    pause();
                } else if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
                    throw new IllegalStateException("Replay of " + topic + " stalled before " + until);
                }
            }
            awaitApplied(applied);
        } finally {
            applying.shutdownNow();
        }
        return new Replayed(read, malformed);
    }

    /** Waits for the batch being applied; its handler's exception is thrown here, as if the handler ran here. */
    private static void awaitApplied(Future<?> applied) {
        try {
            applied.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("Applying a replayed batch failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        }
    }

    private void pause() {
        if (pauseBetweenPolls.isZero()) {
            return;
        }
        try {
            Thread.sleep(pauseBetweenPolls.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Replay interrupted", e);
        }
    }

    private Consumer<String, String> consumer() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(maxPollRecords));
        overrides.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "none");
        return consumers.createConsumer(groupId, null, "-rebuild", overrides);
    }

    private List<TopicPartition> partitions(Consumer<String, String> consumer) {
        return consumer.partitionsFor(topic, TIMEOUT).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private static Map<Integer, Long> byPartition(Map<TopicPartition, Long> offsets) {
        return offsets.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().partition(), Map.Entry::getValue));
    }
}
