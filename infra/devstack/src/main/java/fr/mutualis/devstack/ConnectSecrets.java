package fr.mutualis.devstack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a connector reaches PostgreSQL without its configuration holding the password: Connect's REST API returns
 * configurations as stored, and stores them in a Kafka topic. A connector configuration names the secret,
 * {@value #PASSWORD_REFERENCE}, which the worker's {@code EnvVarConfigProvider} resolves from its own environment when a
 * task starts; the launcher puts the replication role's password there (from {@link DevSecrets}), as it does for the
 * services' passwords (ADR 0016). The provider may read that variable only, so a connector cannot ask for any other.
 */
public final class ConnectSecrets {

    static final String PASSWORD_VARIABLE = "MUTUALIS_REPLICATION_PASSWORD";
    /** What a connector configuration holds instead of the password. */
    static final String PASSWORD_REFERENCE = "${env:" + PASSWORD_VARIABLE + "}";

    private ConnectSecrets() {
    }

    /** The worker properties that declare the provider. */
    public static Map<String, String> workerProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("config.providers", "env");
        properties.put("config.providers.env.class", "org.apache.kafka.common.config.provider.EnvVarConfigProvider");
        properties.put("config.providers.env.param.allowlist.pattern",
                PASSWORD_VARIABLE + "|" + DevSecrets.KAFKA_PASSWORD_VARIABLE);
        return properties;
    }

    /**
     * The worker's own sign-in to Kafka, as itself and for the producers, consumers and administration client it
     * makes: its password resolved by the same provider, never written in the worker's file.
     */
    public static Map<String, String> workerSignIn() {
        String jaas = KafkaAccess.jaas(KafkaAccess.CONNECT, "${env:" + DevSecrets.KAFKA_PASSWORD_VARIABLE + "}");
        Map<String, String> properties = new LinkedHashMap<>();
        for (String prefix : new String[] {"", "producer.", "consumer.", "admin."}) {
            properties.put(prefix + "security.protocol", "SASL_PLAINTEXT");
            properties.put(prefix + "sasl.mechanism", KafkaAccess.MECHANISM);
            properties.put(prefix + "sasl.jaas.config", jaas);
        }
        return properties;
    }

    /** The worker's environment: the secrets the provider resolves. */
    public static Map<String, String> environment(StackConfig config) {
        DevSecrets secrets = DevSecrets.of(config);
        return Map.of(PASSWORD_VARIABLE, secrets.replicationPassword(),
                DevSecrets.KAFKA_PASSWORD_VARIABLE, secrets.kafkaPassword(KafkaAccess.CONNECT));
    }
}
