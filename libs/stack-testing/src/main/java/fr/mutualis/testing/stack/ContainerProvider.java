package fr.mutualis.testing.stack;

import fr.mutualis.devstack.Component;
import fr.mutualis.devstack.ConnectSecrets;
import fr.mutualis.devstack.ConnectorRegistry;
import fr.mutualis.devstack.DatabaseRoles;
import fr.mutualis.devstack.Endpoints;
import fr.mutualis.devstack.Port;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.Stack;
import fr.mutualis.devstack.StackConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.MountableFile;

/**
 * The same components as containers, for machines with a Docker engine: PostgreSQL with logical decoding, Apache
 * Kafka, Debezium's Kafka Connect image, and Elasticsearch with the project's French analysis plugin installed
 * before it starts. Versions match the local processes'. Testcontainers removes them when the JVM exits. ClamAV runs
 * as the launcher's local process in both modes (no image of it ships signatures that work offline).
 */
final class ContainerProvider implements RealStack.Provider {

    private static final String ES_VERSION = "8.19.21";
    private static final String PLUGIN_IN_CONTAINER = "/tmp/elasticsearch-analysis-fr.zip";

    private final StackConfig config;
    private final StackEndpoints endpoints;
    private final Endpoints asSeenByConnect;
    private PlatformServices services;

    @SuppressWarnings("resource") // containers live as long as the JVM; Testcontainers' reaper removes them
    ContainerProvider(Path projectRoot) {
        this.config = StackConfig.of(projectRoot, Profile.TEST);
        Network network = Network.newNetwork();

        GenericContainer<?> postgres = new GenericContainer<>("postgres:17")
                .withNetwork(network).withNetworkAliases("postgres")
                .withEnv("POSTGRES_USER", StackConfig.POSTGRES_USER)
                .withEnv("POSTGRES_PASSWORD", StackConfig.POSTGRES_PASSWORD)
                .withCommand("postgres", "-c", "wal_level=logical", "-c", "max_wal_senders=10",
                        "-c", "max_replication_slots=10", "-c", "fsync=off")
                .withExposedPorts(5432)
                .waitingFor(Wait.forLogMessage(".*database system is ready to accept connections.*", 2));

        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2")
                .withNetwork(network).withNetworkAliases("kafka")
                .withListener("kafka:19092");

        GenericContainer<?> connect = new GenericContainer<>("quay.io/debezium/connect:3.5.0.Final")
                .withNetwork(network)
                .withEnv("BOOTSTRAP_SERVERS", "kafka:19092")
                .withEnv("GROUP_ID", "mutualis-connect")
                .withEnv("CONFIG_STORAGE_TOPIC", "mutualis-connect-configs")
                .withEnv("OFFSET_STORAGE_TOPIC", "mutualis-connect-offsets")
                .withEnv("STATUS_STORAGE_TOPIC", "mutualis-connect-status")
                .withEnv(imageVariables(ConnectSecrets.workerProperties()))
                .withEnv(ConnectSecrets.environment(config))
                .withExposedPorts(8083)
                .dependsOn(kafka, postgres)
                .waitingFor(Wait.forHttp("/connectors").forStatusCode(200).withStartupTimeout(Duration.ofMinutes(3)));

        GenericContainer<?> elasticsearch = new GenericContainer<>(
                "docker.elastic.co/elasticsearch/elasticsearch:" + ES_VERSION)
                .withEnv("discovery.type", "single-node")
                .withEnv("xpack.security.enabled", "false")
                .withEnv("ES_JAVA_OPTS", "-Xms768m -Xmx768m")
                .withCopyFileToContainer(MountableFile.forHostPath(
                        projectRoot.resolve("infra/elasticsearch-analysis-fr/target/elasticsearch-analysis-fr.zip")),
                        PLUGIN_IN_CONTAINER)
                .withCreateContainerCmdModifier(command -> command.withEntrypoint("bash", "-c",
                        "bin/elasticsearch-plugin install --batch file://" + PLUGIN_IN_CONTAINER
                                + " && exec /bin/tini -- /usr/local/bin/docker-entrypoint.sh eswrapper"))
                .withExposedPorts(9200)
                .waitingFor(Wait.forHttp("/_cluster/health").forStatusCode(200)
                        .withStartupTimeout(Duration.ofMinutes(3)));

        List.of(postgres, kafka, elasticsearch).parallelStream().forEach(GenericContainer::start);
        connect.start();
        startLocalClamav();

        String connectUrl = "http://" + connect.getHost() + ":" + connect.getMappedPort(8083);
        this.endpoints = new StackEndpoints(new Endpoints(postgres.getHost(), postgres.getMappedPort(5432),
                StackConfig.POSTGRES_USER, StackConfig.POSTGRES_PASSWORD, kafka.getBootstrapServers(), connectUrl,
                "http://" + elasticsearch.getHost() + ":" + elasticsearch.getMappedPort(9200), null, null, null,
                null, null, StackConfig.HOST, config.port(Port.CLAMAV)));
        this.asSeenByConnect = new Endpoints("postgres", 5432, StackConfig.POSTGRES_USER,
                StackConfig.POSTGRES_PASSWORD, "kafka:19092", connectUrl, null, null, null, null, null, null, null, 0);
        new DatabaseRoles(config, endpoints.raw()).provision();
    }

    /** clamd of the test profile, as the local stack starts it; stopped when the JVM exits if this JVM started it. */
    private void startLocalClamav() {
        Component clamav = Stack.of(config, System.out).component("clamav");
        if (clamav.start() && !Boolean.getBoolean("mutualis.test-stack.keep")) {
            Runtime.getRuntime().addShutdownHook(new Thread(clamav::stop, "mutualis-test-clamav-down"));
        }
        clamav.awaitHealthy();
    }

    /** Debezium's image writes each {@code CONNECT_<NAME>} variable into the worker's properties, dots for underscores. */
    private static Map<String, String> imageVariables(Map<String, String> workerProperties) {
        return workerProperties.entrySet().stream().collect(Collectors.toMap(
                entry -> "CONNECT_" + entry.getKey().toUpperCase(Locale.ROOT).replace('.', '_'), Map.Entry::getValue));
    }

    @Override
    public StackEndpoints endpoints() {
        return endpoints;
    }

    @Override
    public ConnectorRegistry connectors() {
        return new ConnectorRegistry(config, endpoints.raw(), asSeenByConnect);
    }

    @Override
    public synchronized PlatformServices services() {
        if (services == null) {
            Stack stack = Stack.of(config, System.out);
            stack.services().forEach(service -> service.connectedTo(endpoints.raw()));
            stack.services().forEach(service -> service.start());
            stack.services().forEach(service -> service.awaitHealthy());
            Runtime.getRuntime().addShutdownHook(new Thread(
                    () -> stack.services().forEach(service -> service.stop()), "mutualis-test-services-down"));
            services = PlatformServices.of(stack.services());
        }
        return services;
    }
}
