package fr.mutualis.devstack;

import java.util.List;

/** The platform's services, how they are configured from the components' endpoints, and the databases they own. */
public final class Services {

    /** The OpenID Connect provider every other service trusts; started first. */
    public static final String IDENTITY = "identity-service";
    public static final String REFERENTIAL = "referential-service";
    public static final String EXPERIENCE = "experience-service";
    public static final String SEARCH = "search-service";
    public static final String WEBHOOK = "webhook-service";
    public static final String INTEGRATION = "integration-service";

    private Services() {
    }

    /**
     * The services that publish events through an outbox, by short name (their database): each gets its Debezium
     * connector from the one template.
     */
    public static final List<String> PUBLISHERS = List.of("referential", "experience", "webhook", "integration");

    public static List<String> databases() {
        return List.of("identity", "referential", "experience", "webhook", "integration");
    }

    /**
     * Whether the identity service creates the demo accounts: with the demo data, and always on the test stack,
     * whose tests sign in as them.
     */
    static boolean demoAccounts(StackConfig config) {
        return config.demoData() || config.profile() == Profile.TEST;
    }

    /**
     * In start order: the identity service first (every other service reads its discovery document), then the
     * referential, which experience-service looks collectivités up in.
     */
    static List<ServiceComponent> all(StackConfig config, UnprivilegedUser user) {
        String identityUrl = config.serviceUrl(Port.IDENTITY_SERVICE);
        String issuer = "--mutualis.security.issuer-uri=" + identityUrl;
        String referential = "--mutualis.referential.url=" + config.serviceUrl(Port.REFERENTIAL_SERVICE);
        return List.of(
                new ServiceComponent(config, user, IDENTITY, Port.IDENTITY_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("identity"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--mutualis.identity.issuer=" + identityUrl,
                        "--mutualis.demo.enabled=" + demoAccounts(config),
                        "--mutualis.demo.password=" + DemoAccounts.PASSWORD),
                        // The key-encryption key and the client secrets, by environment: see DevSecrets.
                        endpoints -> DevSecrets.of(config).identityEnvironment()),
                new ServiceComponent(config, user, REFERENTIAL, Port.REFERENTIAL_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("referential"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        issuer,
                        "--mutualis.demo.enabled=" + config.demoData())),
                new ServiceComponent(config, user, EXPERIENCE, Port.EXPERIENCE_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("experience"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        issuer,
                        referential,
                        "--mutualis.demo.enabled=" + config.demoData())),
                new ServiceComponent(config, user, SEARCH, Port.SEARCH_SERVICE, endpoints -> List.of(
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        issuer,
                        referential,
                        "--mutualis.search.elasticsearch-url=" + endpoints.elasticsearchUrl())),
                new ServiceComponent(config, user, WEBHOOK, Port.WEBHOOK_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("webhook"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        issuer,
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        // A development stack: integrators' test endpoints run on this machine.
                        "--mutualis.webhook.allow-loopback-http=true"),
                        // The key signing secrets are sealed with, by environment: see DevSecrets.
                        endpoints -> DevSecrets.of(config).webhookEnvironment()),
                new ServiceComponent(config, user, INTEGRATION, Port.INTEGRATION_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("integration"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        issuer)));
    }
}
