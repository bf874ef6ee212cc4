package fr.mutualis.devstack;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the real components of a stack answer, whoever started them (this launcher, or Testcontainers where a
 * Docker engine runs). Services and connectors are configured from it.
 *
 * <p>{@code kafkaBootstrapServers} is the platform's internal listener (loopback, SCRAM-SHA-512 sign-in of each
 * principal, {@link KafkaAccess}), where {@code kafkaUser} is the administrator (null where the listener asks for no
 * sign-in, as in the container stack); integrators connect to {@code integratorBootstrapServers} with SASL/SCRAM over TLS, trusting the certificate in
 * {@code integratorTruststore} (PKCS12). {@code postgresUser} is the superuser: the launcher's administration and the
 * tests' own databases; launched services and connectors use their own roles ({@link DatabaseRoles}).
 * {@code clamavHost}:{@code clamavPort} is ClamAV's clamd, which scans uploaded files ({@code mutualis.files.clamd.*}).
 */
public record Endpoints(String postgresHost, int postgresPort, String postgresUser, String postgresPassword,
                        String kafkaBootstrapServers, String connectUrl, String elasticsearchUrl,
                        String integratorBootstrapServers, Path integratorTruststore, String integratorTruststorePassword,
                        String kafkaUser, String kafkaPassword, String clamavHost, int clamavPort) {

    /** Kafka client settings of the administrator on the platform's listener: the launcher's and the tests'. */
    public Map<String, Object> kafkaClientConfig() {
        if (kafkaUser == null) {
            return new HashMap<>(Map.of("bootstrap.servers", kafkaBootstrapServers));
        }
        return KafkaAccess.clientConfig(kafkaBootstrapServers, kafkaUser, kafkaPassword);
    }

    @Override
    public String toString() {
        return "Endpoints[postgres " + postgresHost + ":" + postgresPort + ", kafka " + kafkaBootstrapServers + ", connect "
                + connectUrl + ", elasticsearch " + elasticsearchUrl + ", clamav " + clamavHost + ":" + clamavPort + "]";
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + postgresHost + ":" + postgresPort + "/" + database;
    }
}
