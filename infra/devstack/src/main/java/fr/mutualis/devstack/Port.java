package fr.mutualis.devstack;

import java.util.Locale;
import java.util.function.Function;

/**
 * The TCP ports of the stack's components on 127.0.0.1. Each can be changed with MUTUALIS_PORT_<NAME>, e.g.
 * MUTUALIS_PORT_KAFKA; services' ports come from their descriptors ({@link ServiceDescriptor}), by the same rule.
 */
public enum Port {
    POSTGRES(15432),
    KAFKA(19092),
    KAFKA_CONTROLLER(19093),
    /** SASL_SSL (SCRAM-SHA-512) listener for integrators, with ACLs. */
    KAFKA_INTEGRATORS(19094),
    CONNECT(18083),
    ELASTICSEARCH(19200),
    ELASTICSEARCH_TRANSPORT(19300),
    /** ClamAV's clamd (INSTREAM over TCP), scanning the services' uploads. */
    CLAMAV(13310),
    /**
     * The observability option ({@code up --observability}): Zipkin's span collector and trace viewer, Prometheus and
     * the exporters it scrapes, each away from its usual port (9411, 9090, 9187, 9114) where a system one may run.
     */
    ZIPKIN(19411),
    PROMETHEUS(19090),
    POSTGRES_EXPORTER(19187),
    ELASTICSEARCH_EXPORTER(19114);

    private final int devDefault;

    Port(int devDefault) {
        this.devDefault = devDefault;
    }

    /** The environment variable that overrides this port. */
    public String variable() {
        return variable(name());
    }

    int resolve(Profile profile, Function<String, String> environment) {
        return resolve(name(), devDefault, profile, environment);
    }

    /** The variable that overrides the port {@code key} ({@code KAFKA}, {@code SEARCH_SERVICE}…). */
    static String variable(String key) {
        return "MUTUALIS_PORT_" + key;
    }

    /** The port {@code key} of {@code profile}: its variable's value, otherwise its development port plus the profile's offset. */
    static int resolve(String key, int devDefault, Profile profile, Function<String, String> environment) {
        String override = environment.apply(variable(key));
        if (override == null || override.isBlank()) {
            return devDefault + profile.portOffset();
        }
        try {
            int port = Integer.parseInt(override.trim());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StackException(key.toLowerCase(Locale.ROOT), variable(key) + "=" + override
                    + " n'est pas un port valide / is not a valid port (1-65535)");
        }
    }
}
