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
 * The secrets of one development or test stack: the identity service's key-encryption key and its confidential
 * clients' secrets, and the key webhook-service seals its signing secrets with. Drawn at random the first time, kept in {@code <data root>/secrets.properties} readable by its
 * owner only, and handed to the identity service through its environment (not its command line, which any local
 * user can read). {@code ./mutualis reset} deletes them with the data they protect. Never printed.
 */
public final class DevSecrets {

    public static final String FILE = "secrets.properties";
    /** The identity service's confidential clients whose secret this file holds. */
    public static final List<String> CLIENTS = List.of(
            PlatformSignIn.PORTAL_CLIENT, PlatformSignIn.ADMIN_AUTOMATION_CLIENT, PlatformSignIn.DPO_AUTOMATION_CLIENT);
    private static final String KEY_ENCRYPTION_KEY = "identity.key-encryption-key";
    private static final String SECRETS_KEY = "webhook.secrets-key";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Properties values;

    private DevSecrets(Properties values) {
        this.values = values;
    }

    /** The stack's secrets, created on first use; a secret that an older file lacks is added. */
    public static synchronized DevSecrets of(StackConfig config) {
        Path file = config.dataRoot().resolve(FILE);
        Properties existing = Files.exists(file) ? read(file).values : new Properties();
        Properties complete = complete(existing);
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
            throw new StackException("identity-service", "secrets illisibles / unreadable secrets " + file
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

    /** webhook-service's environment: the key of its sealed signing secrets ({@code mutualis.secrets.key}). */
    Map<String, String> webhookEnvironment() {
        return Map.of("MUTUALIS_SECRETS_KEY", require(SECRETS_KEY));
    }

    /** The identity service's environment: the variables its application.yml reads. */
    Map<String, String> identityEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("MUTUALIS_IDENTITY_KEY_ENCRYPTION_KEY", keyEncryptionKey());
        environment.put("MUTUALIS_IDENTITY_PORTAL_SECRET", clientSecret(PlatformSignIn.PORTAL_CLIENT));
        environment.put("MUTUALIS_IDENTITY_ADMIN_AUTOMATION_SECRET", clientSecret(PlatformSignIn.ADMIN_AUTOMATION_CLIENT));
        environment.put("MUTUALIS_IDENTITY_DPO_AUTOMATION_SECRET", clientSecret(PlatformSignIn.DPO_AUTOMATION_CLIENT));
        return environment;
    }

    @Override
    public String toString() {
        return "DevSecrets[***]";
    }

    private String require(String key) {
        String value = values.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new StackException("identity-service", "secret absent / missing secret " + key + " in " + FILE
                    + " : ./mutualis reset le recrée / recreates it");
        }
        return value;
    }

    /** {@code existing} with every secret it lacks drawn at random; those it has are kept. */
    private static Properties complete(Properties existing) {
        Properties properties = new Properties();
        properties.putAll(existing);
        properties.putIfAbsent(KEY_ENCRYPTION_KEY, Base64.getEncoder().encodeToString(random(32)));
        properties.putIfAbsent(SECRETS_KEY, Base64.getEncoder().encodeToString(random(32)));
        for (String client : CLIENTS) {
            properties.putIfAbsent("identity.client." + client + ".secret",
                    Base64.getUrlEncoder().withoutPadding().encodeToString(random(32)));
        }
        return properties;
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
            throw new StackException("identity-service", "écriture impossible / cannot write " + file + ": "
                    + e.getMessage(), e);
        }
    }

    private static byte[] random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return value;
    }
}
