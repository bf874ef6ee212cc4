package fr.mutualis.testing.stack;

import fr.mutualis.devstack.Endpoints;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/** Where the real components of the test run answer. */
public final class StackEndpoints {

    private final Endpoints endpoints;

    StackEndpoints(Endpoints endpoints) {
        this.endpoints = endpoints;
    }

    /** The JDBC URL of {@code database}, created first if it does not exist yet. */
    public String jdbcUrl(String database) {
        createDatabaseIfMissing(database);
        return endpoints.jdbcUrl(database);
    }

    public String postgresUser() {
        return endpoints.postgresUser();
    }

    public String postgresPassword() {
        return endpoints.postgresPassword();
    }

    public String kafkaBootstrapServers() {
        return endpoints.kafkaBootstrapServers();
    }

    /**
     * Kafka client settings of a platform client (a service, the launcher, a test) on {@link #kafkaBootstrapServers()}:
     * every Kafka client of a test takes its settings here, so that it connects as the platform's clients do.
     */
    public java.util.Map<String, Object> kafkaClientConfig() {
        return endpoints.kafkaClientConfig();
    }

    /**
     * The same settings as Spring Boot properties ({@code spring.kafka.*}), for a service started in the test's JVM:
     * it signs in as the stack's administrator, since a test also creates its own topics.
     */
    public java.util.Map<String, String> kafkaSpringProperties() {
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        java.util.Map<String, Object> client = kafkaClientConfig();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.kafka.security.protocol", String.valueOf(client.getOrDefault("security.protocol", "PLAINTEXT")));
        if (client.containsKey("sasl.jaas.config")) {
            properties.put("spring.kafka.properties.sasl.mechanism", String.valueOf(client.get("sasl.mechanism")));
            properties.put("spring.kafka.properties.sasl.jaas.config", String.valueOf(client.get("sasl.jaas.config")));
        }
        return properties;
    }

    public String connectUrl() {
        return endpoints.connectUrl();
    }

    public String elasticsearchUrl() {
        return endpoints.elasticsearchUrl();
    }

    /** ClamAV's clamd of the test run (INSTREAM over TCP): where uploaded files are scanned. */
    public String clamavHost() {
        return endpoints.clamavHost();
    }

    public int clamavPort() {
        return endpoints.clamavPort();
    }

    /**
     * The clamd address as Spring Boot properties ({@code mutualis.files.clamd.*} of {@code libs/document-files}), for a
     * service started in the test's JVM: the same arguments the launcher gives a service that {@code uses=clamav}.
     */
    public java.util.Map<String, String> clamavSpringProperties() {
        java.util.Map<String, String> properties = new java.util.LinkedHashMap<>();
        properties.put("mutualis.files.clamd.host", clamavHost());
        properties.put("mutualis.files.clamd.port", Integer.toString(clamavPort()));
        return properties;
    }

    /** The SASL_SSL (SCRAM-SHA-512) listener integrators use, with ACLs. */
    public String integratorBootstrapServers() {
        return requireIntegratorListener(endpoints.integratorBootstrapServers());
    }

    /** PKCS12 truststore holding the broker's certificate for {@link #integratorBootstrapServers()}. */
    public java.nio.file.Path integratorTruststorePath() {
        return requireIntegratorListener(endpoints.integratorTruststore());
    }

    public String integratorTruststorePassword() {
        return requireIntegratorListener(endpoints.integratorTruststorePassword());
    }

    /** Kafka client settings of an integrator on {@link #integratorBootstrapServers()}: SCRAM-SHA-512 over TLS. */
    public java.util.Map<String, Object> integratorClientConfig(String user, String password) {
        java.util.Map<String, Object> config = new java.util.HashMap<>();
        config.put("bootstrap.servers", integratorBootstrapServers());
        config.put("security.protocol", "SASL_SSL");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", integratorTruststorePath().toString());
        config.put("ssl.truststore.password", integratorTruststorePassword());
        return config;
    }

    private static <T> T requireIntegratorListener(T value) {
        if (value == null) {
            throw new IllegalStateException("The integrators' SASL_SSL listener is only configured on the local "
                    + "process stack (-Dmutualis.test-stack=local), not yet on the container stack");
        }
        return value;
    }

    Endpoints raw() {
        return endpoints;
    }

    private synchronized void createDatabaseIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl("postgres"),
                endpoints.postgresUser(), endpoints.postgresPassword());
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, database);
            if (!exists.executeQuery().next()) {
                try (Statement create = connection.createStatement()) {
                    create.execute("CREATE DATABASE \"" + database.replace("\"", "") + "\"");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + ": " + e.getMessage(), e);
        }
    }
}
