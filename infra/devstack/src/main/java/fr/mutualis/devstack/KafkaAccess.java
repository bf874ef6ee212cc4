package fr.mutualis.devstack;

import fr.mutualis.contracts.EventChannels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * Who may do what on the platform's own Kafka listener (ADR 0019). Nothing is trusted because it connects from the
 * machine: every client signs in with SCRAM-SHA-512 as a principal of its own and gets only its ACLs.
 * <ul>
 *   <li>{@value #ADMIN}: the launcher and the tests (topics, dead-letter replays, users and ACLs); super user;</li>
 *   <li>{@value #BROKER} and {@value #CONTROLLER}: the broker to itself and to its controller; super users;</li>
 *   <li>{@value #CONNECT}: the Connect worker: its own topics, and writing the event topics;</li>
 *   <li>each service that uses Kafka, by its name: reading the event topics in its own consumer groups and writing
 *       their dead letters, never an event topic; integration-service also manages the integrators' users and
 *       ACLs (cluster ALTER).</li>
 * </ul>
 * Passwords are drawn by {@link DevSecrets}; the broker keeps salted SCRAM hashes, not the passwords.
 */
public final class KafkaAccess {

    public static final String ADMIN = "mutualis-admin";
    static final String BROKER = "mutualis-broker";
    static final String CONTROLLER = "mutualis-controller";
    static final String CONNECT = "mutualis-connect";
    static final String MECHANISM = "SCRAM-SHA-512";
    /** Every platform topic starts so: the contracts' channels and their dead letters. */
    static final String EVENT_TOPICS = "mutualis.";
    /** Connect's own topics and group ({@link ConnectComponent}). */
    static final String CONNECT_TOPICS = "mutualis-connect";
    /** Debezium's heartbeat topics. */
    static final String HEARTBEAT_TOPICS = "__debezium-heartbeat";
    private static final int ITERATIONS = 8192;
    private static final String INTEGRATION_SERVICE = "integration-service";

    private KafkaAccess() {
    }

    /** The settings of a client of the platform's listener signed in as {@code user}. */
    public static Map<String, Object> clientConfig(String bootstrapServers, String user, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put("bootstrap.servers", bootstrapServers);
        config.put("security.protocol", "SASL_PLAINTEXT");
        config.put("sasl.mechanism", MECHANISM);
        config.put("sasl.jaas.config", jaas(user, password));
        return config;
    }

    /** The JAAS line of a SCRAM client; passwords are URL-safe Base64 ({@link DevSecrets}), nothing to escape. */
    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    /** The principals whose users exist from the broker's first start: those who create the others. */
    static List<String> formatTimeUsers() {
        return List.of(ADMIN, BROKER);
    }

    /** Creates or updates the users of Connect and of the services, and grants their ACLs: safe to run at every start. */
    static void provision(StackConfig config) {
        DevSecrets secrets = DevSecrets.of(config);
        List<String> principals = new ArrayList<>(List.of(CONNECT));
        config.services().stream().filter(KafkaAccess::usesKafka).map(ServiceDescriptor::name).forEach(principals::add);
        try (Admin admin = Admin.create(config.endpoints().kafkaClientConfig())) {
            List<UserScramCredentialUpsertion> users = principals.stream()
                    .map(principal -> new UserScramCredentialUpsertion(principal,
                            new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, ITERATIONS), secrets.kafkaPassword(principal)))
                    .toList();
            admin.alterUserScramCredentials(List.copyOf(users)).all().get(30, TimeUnit.SECONDS);
            List<AclBinding> acls = new ArrayList<>(connectAcls());
            config.services().stream().filter(KafkaAccess::usesKafka).forEach(service -> acls.addAll(serviceAcls(service)));
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new StackException(KafkaComponent.NAME, "utilisateurs et droits Kafka impossibles / cannot provision "
                    + "Kafka users and ACLs: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException(KafkaComponent.NAME, "interrompu / interrupted", e);
        }
    }

    static boolean usesKafka(ServiceDescriptor service) {
        return service.uses().contains(ServiceDescriptor.Uses.KAFKA);
    }

    private static List<AclBinding> connectAcls() {
        List<AclBinding> acls = new ArrayList<>();
        for (String prefix : List.of(CONNECT_TOPICS, HEARTBEAT_TOPICS)) {
            acls.add(allow(CONNECT, ResourceType.TOPIC, prefix, PatternType.PREFIXED, AclOperation.ALL));
        }
        acls.add(allow(CONNECT, ResourceType.GROUP, CONNECT_TOPICS, PatternType.PREFIXED, AclOperation.ALL));
        for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE,
                AclOperation.DESCRIBE_CONFIGS)) {
            acls.add(allow(CONNECT, ResourceType.TOPIC, EVENT_TOPICS, PatternType.PREFIXED, operation));
        }
        acls.add(allow(CONNECT, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.DESCRIBE));
        acls.add(allow(CONNECT, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.DESCRIBE_CONFIGS));
        acls.add(allow(CONNECT, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.IDEMPOTENT_WRITE));
        return acls;
    }

    /**
     * A service reads every platform topic (its consumer groups are named after it), and writes and creates the dead
     * letters of the contracts' channels only: it can park an event it cannot process, never forge one.
     */
    private static List<AclBinding> serviceAcls(ServiceDescriptor service) {
        String principal = service.name();
        List<AclBinding> acls = new ArrayList<>();
        acls.add(allow(principal, ResourceType.TOPIC, EVENT_TOPICS, PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.TOPIC, EVENT_TOPICS, PatternType.PREFIXED, AclOperation.DESCRIBE));
        acls.add(allow(principal, ResourceType.GROUP, principal, PatternType.PREFIXED, AclOperation.READ));
        acls.add(allow(principal, ResourceType.GROUP, principal, PatternType.PREFIXED, AclOperation.DESCRIBE));
        EventChannels.all().stream().map(EventChannels.Channel::topic).distinct().map(topic -> topic + ".DLT")
                .forEach(deadLetters -> {
                    for (AclOperation operation : List.of(AclOperation.WRITE, AclOperation.CREATE)) {
                        acls.add(allow(principal, ResourceType.TOPIC, deadLetters, PatternType.LITERAL, operation));
                    }
                });
        acls.add(allow(principal, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.IDEMPOTENT_WRITE));
        if (principal.equals(INTEGRATION_SERVICE)) {
            // It creates the integrators' SCRAM users and their read-only ACLs (ADR 0009).
            acls.add(allow(principal, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.ALTER));
            acls.add(allow(principal, ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL, AclOperation.DESCRIBE));
        }
        return acls;
    }

    private static AclBinding allow(String principal, ResourceType type, String name, PatternType pattern,
                                    AclOperation operation) {
        return new AclBinding(new ResourcePattern(type, name, pattern),
                new AccessControlEntry("User:" + principal, "*", operation, AclPermissionType.ALLOW));
    }
}
