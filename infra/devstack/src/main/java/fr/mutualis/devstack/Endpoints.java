package fr.mutualis.devstack;

import java.nio.file.Path;

/**
 * Where the real components of a stack answer, whoever started them (this launcher, or Testcontainers where a
 * Docker engine runs). Services and connectors are configured from it.
 *
 * <p>{@code kafkaBootstrapServers} is the platform's internal listener (loopback, unauthenticated, super user);
 * integrators connect to {@code integratorBootstrapServers} with SASL/SCRAM over TLS, trusting the certificate in
 * {@code integratorTruststore} (PKCS12). {@code postgresUser} is the superuser: the launcher's administration and the
 * tests' own databases; launched services and connectors use their own roles ({@link DatabaseRoles}).
 */
public record Endpoints(String postgresHost, int postgresPort, String postgresUser, String postgresPassword,
                        String kafkaBootstrapServers, String connectUrl, String elasticsearchUrl,
                        String integratorBootstrapServers, Path integratorTruststore, String integratorTruststorePassword) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }
}
