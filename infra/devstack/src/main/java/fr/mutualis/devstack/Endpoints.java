package fr.mutualis.devstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the real components of a stack answer, whoever started them (this launcher, or Testcontainers where a
 * Docker engine runs). Services and connectors are configured from it.
 *
 * <p>{@code kafkaBootstrapServers} is the platform's internal listener (loopback, unauthenticated, super user);
 * integrators connect to {@code integratorBootstrapServers} with SASL/SCRAM over TLS, trusting the certificate in
 * {@code integratorTruststore} (PKCS12).
 */
public record Endpoints(String postgresHost, int postgresPort, String postgresUser, String postgresPassword,
                        String kafkaBootstrapServers, String connectUrl, String elasticsearchUrl,
                        String integratorBootstrapServers, Path integratorTruststore, String integratorTruststorePassword) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }

    /** The values of the {@code ${postgres.*}} placeholders in {@code infra/connect/*.json}, as Connect reaches PostgreSQL. */
    public Map<String, String> connectorPlaceholders() {
        return Map.of(
                "postgres.host", postgresHost,
                "postgres.port", Integer.toString(postgresPort),
                "postgres.user", postgresUser,
                "postgres.password", postgresPassword);
    }
}
