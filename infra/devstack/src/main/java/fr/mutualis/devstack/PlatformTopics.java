package fr.mutualis.devstack;

import fr.mutualis.contracts.EventChannels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;

/**
 * Creates the topics of the contracts' channels ({@code contracts/asyncapi.yaml}) when missing, with the broker's
 * default partitions and replication and the configuration the channel's Kafka binding states, and sets that
 * configuration again on the topics that exist, so that a policy changed in the contract reaches every stack: the
 * broker creates no topic by itself, and a consumer may subscribe before the first event is published or an
 * integrator be granted a topic before it carries anything.
 */
final class PlatformTopics {

    /**
     * How long a superseded event may stay in a compacted topic (ADR 0020): a record's events each carry the whole
     * record, so once a newer one exists (e.g. after a contact's erasure) the older one, contact included, is removed
     * within a day: segments roll hourly and the cleaner must compact what is older than this.
     */
    static final Map<String, String> ERASURE_BOUNDS = Map.of(
            "segment.ms", Long.toString(TimeUnit.HOURS.toMillis(1)),
            "max.compaction.lag.ms", Long.toString(TimeUnit.DAYS.toMillis(1)));

    private final StackConfig config;

    PlatformTopics(StackConfig config) {
        this.config = config;
    }

    /** Each contract topic's configuration: its binding's, plus the erasure bounds when compacted. */
    static Map<String, Map<String, String>> configurations() {
        Map<String, Map<String, String>> configurations = new LinkedHashMap<>();
        for (EventChannels.Channel channel : EventChannels.all()) {
            Map<String, String> configuration = new HashMap<>(channel.topicConfiguration());
            if (channel.isCompacted()) {
                configuration.putAll(ERASURE_BOUNDS);
            }
            configurations.putIfAbsent(channel.topic(), configuration);
        }
        return configurations;
    }

    /** The topics it created; those that existed get the contract's configuration again. */
    List<String> createMissing() {
        try (Admin admin = Admin.create(config.endpoints().kafkaClientConfig())) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            Map<String, Map<String, String>> configurations = configurations();
            List<NewTopic> missing = configurations.entrySet().stream()
                    .filter(topic -> !existing.contains(topic.getKey()))
                    .map(topic -> new NewTopic(topic.getKey(), Optional.empty(), Optional.empty()).configs(topic.getValue()))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            Map<ConfigResource, Collection<AlterConfigOp>> updates = new HashMap<>();
            configurations.forEach((topic, configuration) -> {
                if (existing.contains(topic) && !configuration.isEmpty()) {
                    List<AlterConfigOp> operations = new ArrayList<>();
                    configuration.forEach((name, value) ->
                            operations.add(new AlterConfigOp(new ConfigEntry(name, value), AlterConfigOp.OpType.SET)));
                    updates.put(new ConfigResource(ConfigResource.Type.TOPIC, topic), operations);
                }
            });
            admin.incrementalAlterConfigs(updates).all().get(30, TimeUnit.SECONDS);
            return missing.stream().map(NewTopic::name).toList();
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException(KafkaComponent.NAME, "création des topics impossible / cannot create topics: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(KafkaComponent.NAME, "interrompu / interrupted", e);
        }
    }
}
