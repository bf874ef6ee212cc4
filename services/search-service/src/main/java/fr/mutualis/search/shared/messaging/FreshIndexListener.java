package fr.mutualis.search.shared.messaging;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;

/**
 * A listener that fills its index from its topic: when the index was created at this start (first start, or a new
 * mapping), each partition is read once from the beginning, whatever the group had committed. Safe because indexing
 * is versioned: what the index already holds is not overwritten by an older event.
 */
public abstract class FreshIndexListener extends AbstractConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(FreshIndexListener.class);

    private final String index;
    private final BooleanSupplier freshIndex;
    private final Set<TopicPartition> replayed = ConcurrentHashMap.newKeySet();

    /**
     * @param index      the index's name, for the log
     * @param freshIndex whether the index was created at this start and must be filled from the whole topic
     */
    protected FreshIndexListener(String index, BooleanSupplier freshIndex) {
        this.index = Objects.requireNonNull(index, "index");
        this.freshIndex = Objects.requireNonNull(freshIndex, "freshIndex");
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        super.onPartitionsAssigned(assignments, callback);
        if (!freshIndex.getAsBoolean()) {
            return;
        }
        // Only at the first assignment: a rebalance later must not replay the topic again.
        List<TopicPartition> firstTime = assignments.keySet().stream().filter(replayed::add).toList();
        if (!firstTime.isEmpty()) {
            log.info("New {} index: replaying {} from the beginning", index, firstTime);
            callback.seekToBeginning(firstTime);
        }
    }
}
