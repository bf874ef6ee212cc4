package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/** An Apache Kafka 4 broker in KRaft mode, broker and controller in one JVM, from the jars Maven gathered. */
final class KafkaComponent extends Component {

    static final String NAME = "kafka";
    static final String LIB = "infra/runtime/kafka/target/lib";
    /** Password of the development TLS keystore and truststore; the certificate is self-signed, for loopback only. */
    static final String TLS_PASSWORD = "mutualis";

    KafkaComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.KAFKA, Port.KAFKA_CONTROLLER, Port.KAFKA_INTEGRATORS);
    }

    @Override
    protected void prepare() throws IOException {
        config.built(NAME, LIB);
        Files.createDirectories(folder());
        createTlsMaterial();
        // It holds the broker's and the controller's own passwords: readable by its owner only.
        Path properties = folder().resolve("server.properties");
        Files.deleteIfExists(properties);
        Files.createFile(properties, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        Files.writeString(properties, serverProperties(), StandardCharsets.UTF_8);
        writeLogConfiguration(folder());
        Path signInMarker = folder().resolve("data/.sasl-scram");
        if (Files.exists(folder().resolve("data/meta.properties")) && !Files.exists(signInMarker)) {
            // Formatted before the platform's listener asked for a sign-in: its first users cannot be added to an
            // existing log, so it is formatted again (the event topics' contents are lost; the outboxes are not).
            System.out.println("  ! kafka : données d'avant l'authentification effacées / data from before sign-in erased");
            deleteRecursively(folder().resolve("data"));
        }
        if (!Files.exists(folder().resolve("data/meta.properties"))) {
            DevSecrets secrets = DevSecrets.of(config);
            List<String> format = new java.util.ArrayList<>(List.of("format", "-t", Uuid.randomUuid().toString(),
                    "-c", folder().resolve("server.properties").toString(), "--standalone"));
            for (String user : KafkaAccess.formatTimeUsers()) {
                format.addAll(List.of("--add-scram", KafkaAccess.MECHANISM + "=[name=" + user + ",password="
                        + secrets.kafkaPassword(user) + "]"));
            }
            // The command line holds the first users' passwords for the format's lifetime only; it prints none.
            Processes.runToCompletion(NAME, classpathCommand("kafka.tools.StorageTool", format.toArray(String[]::new)), log());
            Files.writeString(signInMarker, "SCRAM-SHA-512\n", StandardCharsets.UTF_8);
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** The truststore integrators' clients use to trust the broker's self-signed certificate. */
    static Path truststore(StackConfig config) {
        return config.dataRoot().resolve(NAME).resolve("tls/truststore.p12");
    }

    /** A self-signed certificate for 127.0.0.1/localhost, made once with the JDK's keytool. */
    private void createTlsMaterial() throws IOException {
        Path tls = folder().resolve("tls");
        Path keystore = tls.resolve("broker.p12");
        if (Files.exists(keystore) && Files.exists(truststore(config))) {
            return;
        }
        Files.createDirectories(tls);
        Files.deleteIfExists(keystore);
        Files.deleteIfExists(truststore(config));
        String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        Path certificate = tls.resolve("broker.crt");
        Processes.runToCompletion(NAME, List.of(keytool, "-genkeypair", "-alias", "broker", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "3650", "-dname", "CN=localhost, O=Mutualis (developpement)",
                "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", TLS_PASSWORD), log());
        Processes.runToCompletion(NAME, List.of(keytool, "-exportcert", "-rfc", "-alias", "broker",
                "-keystore", keystore.toString(), "-storepass", TLS_PASSWORD, "-file", certificate.toString()), log());
        Processes.runToCompletion(NAME, List.of(keytool, "-importcert", "-noprompt", "-alias", "mutualis-broker",
                "-file", certificate.toString(), "-storetype", "PKCS12", "-keystore", truststore(config).toString(),
                "-storepass", TLS_PASSWORD), log());
    }

    private String serverProperties() {
        int port = config.port(Port.KAFKA);
        int controller = config.port(Port.KAFKA_CONTROLLER);
        int integrators = config.port(Port.KAFKA_INTEGRATORS);
        Path keystore = folder().resolve("tls/broker.p12");
        DevSecrets secrets = DevSecrets.of(config);
        String controllerPassword = secrets.kafkaPassword(KafkaAccess.CONTROLLER);
        return String.join("\n",
                "# Written by infra/devstack at each start: change ports with MUTUALIS_PORT_KAFKA / _KAFKA_CONTROLLER.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + StackConfig.HOST + ":" + controller,
                "listeners=PLATFORM://" + StackConfig.HOST + ":" + port + ",CONTROLLER://" + StackConfig.HOST + ":" + controller
                        + ",INTEGRATORS://" + StackConfig.HOST + ":" + integrators,
                "advertised.listeners=PLATFORM://" + StackConfig.HOST + ":" + port
                        + ",INTEGRATORS://" + StackConfig.HOST + ":" + integrators,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLATFORM",
                "listener.security.protocol.map=PLATFORM:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT,INTEGRATORS:SASL_SSL",
                "# Nobody is trusted for connecting from this machine (ADR 0019): every client signs in.",
                "# The platform's principals: SCRAM-SHA-512, their users and ACLs provisioned by the launcher (KafkaAccess).",
                "sasl.mechanism.inter.broker.protocol=SCRAM-SHA-512",
                "listener.name.platform.sasl.enabled.mechanisms=SCRAM-SHA-512",
                "listener.name.platform.scram-sha-512.sasl.jaas.config=" + KafkaAccess.jaas(KafkaAccess.BROKER,
                        secrets.kafkaPassword(KafkaAccess.BROKER)),
                "# The controller: PLAIN, since SCRAM users live in the metadata the controller itself serves.",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule"
                        + " required username=\"" + KafkaAccess.CONTROLLER + "\" password=\"" + controllerPassword
                        + "\" user_" + KafkaAccess.CONTROLLER + "=\"" + controllerPassword + "\";",
                "# Integrators: SCRAM-SHA-512 over TLS; users and ACLs are managed by integration-service.",
                "listener.name.integrators.sasl.enabled.mechanisms=SCRAM-SHA-512",
                "listener.name.integrators.scram-sha-512.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.keystore.type=PKCS12",
                "ssl.keystore.location=" + keystore,
                "ssl.keystore.password=" + TLS_PASSWORD,
                "ssl.key.password=" + TLS_PASSWORD,
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + KafkaAccess.ADMIN + ";User:" + KafkaAccess.BROKER + ";User:" + KafkaAccess.CONTROLLER,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + folder().resolve("data"),
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "# Every topic has an owner that creates it: the launcher the contracts' channels (PlatformTopics),",
                "# Connect its own and what connectors route elsewhere, consumers their dead letters.",
                "auto.create.topics.enable=false",
                "");
    }

    @Override
    protected List<String> command() {
        return classpathCommand("kafka.Kafka", folder().resolve("server.properties").toString());
    }

    private List<String> classpathCommand(String mainClass, String... arguments) {
        List<String> command = new java.util.ArrayList<>(jvm("768m",
                "-Dlog4j2.configurationFile=" + folder().resolve("log4j2.properties"),
                "-cp", config.projectRoot().resolve(LIB) + "/*", mainClass));
        command.addAll(List.of(arguments));
        return command;
    }

    @Override
    protected boolean healthy() {
        return answers(config.endpoints());
    }

    /** Whether the broker at {@code endpoints} answers the administrator with its cluster's nodes within a few seconds. */
    static boolean answers(Endpoints endpoints) {
        Map<String, Object> settings = endpoints.kafkaClientConfig();
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        try (Admin admin = Admin.create(settings)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** Log4j 2 configuration shared by the broker and the Connect worker: INFO to the component's log. */
    static void writeLogConfiguration(Path folder) throws IOException {
        Files.writeString(folder.resolve("log4j2.properties"), String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = out",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = info",
                "rootLogger.appenderRef.out.ref = out",
                "logger.reflections.name = org.reflections",
                "logger.reflections.level = error",
                ""), StandardCharsets.UTF_8);
    }
}
