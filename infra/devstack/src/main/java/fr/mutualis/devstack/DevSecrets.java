package fr.mutualis.devstack;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets of one development or test stack: PostgreSQL's superuser password, the identity service's key-encryption key and its confidential
 * clients' secrets, the key of each service that keeps secrets at rest ({@code secrets-key=true}), the password of
 * each service's database role, of the replication role and of the monitoring role ({@link DatabaseRoles}), the password of each Kafka
 * principal ({@link KafkaAccess}). Drawn at random the first time,
 * kept in {@code <data root>/secrets.properties} readable by its owner only, and handed to the services through their
 * environment (not their command line, which any local user can read). {@code ./mutualis reset} deletes them with the
 * data they protect. Never printed.
 */
public final class DevSecrets {

    public static final String FILE = "secrets.properties";
    /** The identity service's confidential clients whose secret this file holds. */
    public static final List<String> CLIENTS = List.of(
            PlatformSignIn.PORTAL_CLIENT, PlatformSignIn.ADMIN_AUTOMATION_CLIENT, PlatformSignIn.DPO_AUTOMATION_CLIENT);
    private static final String KEY_ENCRYPTION_KEY = "identity.key-encryption-key";
    private static final String SUPERUSER_PASSWORD = "postgres." + StackConfig.POSTGRES_USER + ".password";
    private static final String REPLICATION_PASSWORD = "postgres." + DatabaseRoles.REPLICATION + ".password";
    private static final String MONITORING_PASSWORD = "postgres." + DatabaseRoles.MONITORING + ".password";
    /** Where a service, and the Connect worker, find their Kafka principal's password. */
    static final String KAFKA_PASSWORD_VARIABLE = "MUTUALIS_KAFKA_PASSWORD";
    /** The login of the platform's tiers de télétransmission at the préfecture. */
    static final String PREFECTURE_TIERS = "mutualis-demat";
    private static final String PREFECTURE_TIERS_PASSWORD = "prefecture.tiers." + PREFECTURE_TIERS + ".password";
    private static final String SIGNATURE_KEY_STORE_PASSWORD = "signature.demo-signers.password";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;

    private DevSecrets(Properties values) {
        this.values = values;
    }

    /** The stack's secrets, created on first use; a secret that an older file lacks is added. */
    public static synchronized DevSecrets of(StackConfig config) {
        Path file = config.dataRoot().resolve(FILE);
        Properties existing = Files.exists(file) ? read(file).values : new Properties();
        Properties complete = complete(existing, config.services());
        if (!complete.equals(existing)) {
            write(file, complete);
        }
        return new DevSecrets(complete);
    }

    /** The secrets of an existing stack, e.g. the test stack's for the tests' tokens. */
    public static DevSecrets read(Path file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new StackException("devstack", "secrets illisibles / unreadable secrets " + file
                    + " : la pile a-t-elle démarré ? / has the stack been started?", e);
        }
        return new DevSecrets(properties);
    }

    public String keyEncryptionKey() {
        return require(KEY_ENCRYPTION_KEY);
    }

    public String clientSecret(String clientId) {
        if (!CLIENTS.contains(clientId)) {
            throw new StackException("identity-service", "client inconnu / unknown client '" + clientId
                    + "' ; connus / known: " + CLIENTS);
        }
        return require("identity.client." + clientId + ".secret");
    }

    /**
     * What {@code service} receives by environment: its database role's password, its own secrets key if it keeps
     * secrets at rest, and for the identity service the variables its application.yml reads.
     */
    Map<String, String> environment(ServiceDescriptor service) {
        Map<String, String> environment = new LinkedHashMap<>();
        service.database().ifPresent(database -> environment.put("SPRING_DATASOURCE_PASSWORD", databasePassword(service)));
        if (KafkaAccess.usesKafka(service)) {
            environment.put(KAFKA_PASSWORD_VARIABLE, kafkaPassword(service.name()));
        }
        if (service.secretsKey()) {
            environment.put("MUTUALIS_SECRETS_KEY", require(secretsKey(service)));
        }
        if (service.uses().contains(ServiceDescriptor.Uses.PREFECTURE)) {
            environment.put("MUTUALIS_DEMAT_PREFECTURE_PASSWORD", require(PREFECTURE_TIERS_PASSWORD));
        }
        if (service.name().equals(Services.PREFECTURE)) {
            environment.put("MUTUALIS_DEMAT_TIERS_PASSWORD", require(PREFECTURE_TIERS_PASSWORD));
        }
        if (service.uses().contains(ServiceDescriptor.Uses.SIGNATURE)) {
            environment.put("MUTUALIS_SIGNATURE_PASSWORD", signatureKeyStorePassword());
        }
        if (service.name().equals(Services.PORTAL)) {
            environment.put("MUTUALIS_PORTAL_CLIENT_SECRET", clientSecret(PlatformSignIn.PORTAL_CLIENT));
        }
        if (service.name().equals(Services.IDENTITY)) {
            environment.put("MUTUALIS_IDENTITY_KEY_ENCRYPTION_KEY", keyEncryptionKey());
            environment.put("MUTUALIS_IDENTITY_PORTAL_SECRET", clientSecret(PlatformSignIn.PORTAL_CLIENT));
            environment.put("MUTUALIS_IDENTITY_ADMIN_AUTOMATION_SECRET", clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT));
            environment.put("MUTUALIS_IDENTITY_DPO_AUTOMATION_SECRET", clientSecret(PlatformSignIn.DPO_AUTOMATION_CLIENT));
        }
        return environment;
    }

    /** The password of the demo signers' PKCS#12 ({@link DemoSignatures}). */
    String signatureKeyStorePassword() {
        return require(SIGNATURE_KEY_STORE_PASSWORD);
    }

    /** The password of the role {@code service} connects to its database as. */
    String databasePassword(ServiceDescriptor service) {
        return require(rolePassword(service.databaseRole()));
    }

    /** The password of the Kafka principal {@code principal} ({@link KafkaAccess}). */
    String kafkaPassword(String principal) {
        return require(kafkaPasswordKey(principal));
    }

    /** The password of PostgreSQL's superuser, the launcher's and the tests' own: never a service's. */
    public String superuserPassword() {
        return require(SUPERUSER_PASSWORD);
    }

    /** The password of the role Debezium reads the write-ahead log as. */
    String replicationPassword() {
        return require(REPLICATION_PASSWORD);
    }

    /** The password of the role postgres_exporter signs in as. */
    String monitoringPassword() {
        return require(MONITORING_PASSWORD);
    }

    @Override
    public String toString() {
        return "DevSecrets[***]";
    }

    private String require(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new StackException("devstack", "secret absent / missing secret " + key + " in " + FILE
                    + " : ./mutualis reset le recrée / recreates it");
        }
        return value;
    }

    /** {@code existing} with every secret {@code services} need that it lacks drawn at random; those it has are kept. */
    private static Properties complete(Properties existing, List<ServiceDescriptor> services) {
        Properties properties = new Properties();
        properties.putAll(existing);
        // A stack whose secrets predate this one was initialised with the old fixed password: keep it working.
        properties.putIfAbsent(SUPERUSER_PASSWORD, existing.isEmpty() ? password() : StackConfig.POSTGRES_PASSWORD);
        properties.putIfAbsent(KEY_ENCRYPTION_KEY, key());
        for (String client : CLIENTS) {
            properties.putIfAbsent("identity.client." + client + ".secret", password());
        }
        properties.putIfAbsent(REPLICATION_PASSWORD, password());
        properties.putIfAbsent(MONITORING_PASSWORD, password());
        properties.putIfAbsent(PREFECTURE_TIERS_PASSWORD, password());
        properties.putIfAbsent(SIGNATURE_KEY_STORE_PASSWORD, password());
        for (String principal : List.of(KafkaAccess.ADMIN, KafkaAccess.BROKER, KafkaAccess.CONTROLLER, KafkaAccess.CONNECT)) {
            properties.putIfAbsent(kafkaPasswordKey(principal), password());
        }
        for (ServiceDescriptor service : services) {
            if (KafkaAccess.usesKafka(service)) {
                properties.putIfAbsent(kafkaPasswordKey(service.name()), password());
            }
            if (service.secretsKey()) {
                properties.putIfAbsent(secretsKey(service), key());
            }
            if (service.database().isPresent()) {
                properties.putIfAbsent(rolePassword(service.databaseRole()), password());
            }
        }
        return properties;
    }

    /** E.g. {@code webhook.secrets-key}: the name this file has always given webhook-service's key. */
    private static String secretsKey(ServiceDescriptor service) {
        return service.shortName() + ".secrets-key";
    }

    private static String kafkaPasswordKey(String principal) {
        return "kafka." + principal + ".password";
    }

    private static String rolePassword(String role) {
        return "postgres." + role + ".password";
    }

    /** 32 random bytes in Base64: what {@code SecretBox} and the key-encryption key expect. */
    private static String key() {
        return Base64.getEncoder().encodeToString(random(32));
    }

    /** 32 random bytes, URL-safe: usable in a connection string or a Basic authorization without escaping. */
    private static String password() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random(32));
    }

    private static void write(Path file, Properties properties) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(FILE + ".tmp");
            Files.deleteIfExists(temporary);
            try {
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temporary);
            }
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Secrets of this Mutualis stack (development only). Never share; "
                        + "./mutualis reset deletes them with the data.");
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new StackException("devstack", "écriture impossible / cannot write " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
