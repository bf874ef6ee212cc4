package fr.mutualis.devstack;

import java.util.Locale;

/** The TCP ports of the stack on 127.0.0.1. Each can be changed with MUTUALIS_PORT_<NAME>, e.g. MUTUALIS_PORT_KAFKA. */
public enum Port {
    POSTGRES(15432),
    KAFKA(19092),
    KAFKA_CONTROLLER(19093),
    /** SASL_SSL (SCRAM-SHA-512) listener for integrators, with ACLs. */
    KAFKA_INTEGRATORS(19094),
    CONNECT(18083),
    ELASTICSEARCH(19200),
    ELASTICSEARCH_TRANSPORT(19300),
    EXPERIENCE_SERVICE(8081),
    SEARCH_SERVICE(8082),
    INTEGRATION_SERVICE(8085),
    WEBHOOK_SERVICE(8084),
    REFERENTIAL_SERVICE(8086),
    /** The OpenID Connect provider: sign-in page, tokens, JWKS. */
    IDENTITY_SERVICE(8088);

    private final int devDefault;

    Port(int devDefault) {
        this.devDefault = devDefault;
    }

    /** The environment variable that overrides this port. */
    public String variable() {
        return "MUTUALIS_PORT_" + name();
    }

    int resolve(Profile profile, java.util.function.Function<String, String> environment) {
        String override = environment.apply(variable());
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
            throw new StackException(name().toLowerCase(Locale.ROOT),
                    variable() + "=" + override + " n'est pas un port valide / is not a valid port (1-65535)");
        }
    }
}
