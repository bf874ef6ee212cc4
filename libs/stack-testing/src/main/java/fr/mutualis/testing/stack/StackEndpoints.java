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

    public String connectUrl() {
        return endpoints.connectUrl();
    }

    public String elasticsearchUrl() {
        return endpoints.elasticsearchUrl();
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
