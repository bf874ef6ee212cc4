package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

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
    protected boolean healthy() {
        return Http.answers(config.connectUrl() + "/connectors");
    }
}
