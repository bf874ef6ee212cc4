package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Kafka Connect worker in distributed mode (the standard, scalable deployment) with the Debezium PostgreSQL
 * connector on its plugin path. Connector configurations are registered by {@link ConnectorRegistry}.
 */
final class ConnectComponent extends Component {

    static final String NAME = "connect";
    private static final String PLUGIN_PATH = "infra/runtime/debezium/target/plugin";

    ConnectComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.CONNECT);
    }

    @Override
    protected void prepare() throws IOException {
        Files.createDirectories(folder());
        Map<String, String> secretsAndSignIn = new java.util.LinkedHashMap<>(ConnectSecrets.workerProperties());
        secretsAndSignIn.putAll(ConnectSecrets.workerSignIn());
        List<String> secrets = secretsAndSignIn.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue()).toList();
        Files.writeString(folder().resolve("worker.properties"), String.join("\n",
                "# Written by infra/devstack at each start.",
                "bootstrap.servers=" + config.kafkaBootstrapServers(),
                "group.id=mutualis-connect",
                "listeners=http://" + StackConfig.HOST + ":" + port(),
                "rest.advertised.host.name=" + StackConfig.HOST,
                "rest.advertised.port=" + port(),
                "key.converter=org.apache.kafka.connect.storage.StringConverter",
                "value.converter=org.apache.kafka.connect.storage.StringConverter",
                "config.storage.topic=mutualis-connect-configs",
                "offset.storage.topic=mutualis-connect-offsets",
                "status.storage.topic=mutualis-connect-status",
                "config.storage.replication.factor=1",
                "offset.storage.replication.factor=1",
                "status.storage.replication.factor=1",
                "offset.flush.interval.ms=1000",
                "plugin.path=" + config.built(NAME, PLUGIN_PATH),
                "plugin.discovery=only_scan",
                "# Connector configurations name their secrets, the worker resolves them (ConnectSecrets),",
                "# its own Kafka password included (KafkaAccess).",
                String.join("\n", secrets),
                ""), StandardCharsets.UTF_8);
        KafkaComponent.writeLogConfiguration(folder());
    }

    @Override
    protected List<String> command() {
        return jvm("512m",
                "-Dlog4j2.configurationFile=" + folder().resolve("log4j2.properties"),
                "-cp", config.built(NAME, KafkaComponent.LIB) + "/*",
                "org.apache.kafka.connect.cli.ConnectDistributed",
                folder().resolve("worker.properties").toString());
    }

    @Override
    protected Map<String, String> environment() {
        return ConnectSecrets.environment(config);
    }

    @Override
    protected boolean healthy() {
        return Http.answers(config.connectUrl() + "/connectors");
    }

    /** Its REST API answers even when nothing flows: the broker down, or a connector or task failed. */
    @Override
    protected Optional<String> impairment() {
        if (!KafkaComponent.answers(config.endpoints())) {
            return Optional.of("Kafka injoignable / unreachable");
        }
        List<String> notRunning = new ConnectorRegistry(config).notRunning();
        return notRunning.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", notRunning));
    }
}
