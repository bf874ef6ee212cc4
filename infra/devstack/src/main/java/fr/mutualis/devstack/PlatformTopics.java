package fr.mutualis.devstack;

import fr.mutualis.contracts.EventChannels;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates the topics of the contracts' channels ({@code contracts/asyncapi.yaml}) when missing, with the broker's
 * default partitions and replication: the broker creates no topic by itself, and a consumer may subscribe before the
 * first event is published or an integrator be granted a topic before it carries anything.
 */
final class PlatformTopics {

    private final StackConfig config;

    PlatformTopics(StackConfig config) {
        this.config = config;
    }

    /** The topics it created. */
    List<String> createMissing() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.kafkaBootstrapServers()))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = EventChannels.all().stream().map(EventChannels.Channel::topic).distinct()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, Optional.empty(), Optional.empty()))
                    .toList();
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
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
