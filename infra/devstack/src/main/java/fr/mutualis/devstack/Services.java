package fr.mutualis.devstack;

import java.util.List;

/** The platform's services, how they are configured from the components' endpoints, and the databases they own. */
public final class Services {

    public static final String REFERENTIAL = "referential-service";
    public static final String EXPERIENCE = "experience-service";
    public static final String SEARCH = "search-service";
    public static final String WEBHOOK = "webhook-service";
    public static final String INTEGRATION = "integration-service";
    /** The administrators' token of the development platform; set MUTUALIS_ADMIN_TOKEN anywhere else. */
    public static final String DEFAULT_ADMIN_TOKEN = "mutualis-admin-dev";

    private Services() {
    }

    public static String adminToken() {
        String token = System.getenv("MUTUALIS_ADMIN_TOKEN");
        return token == null || token.isBlank() ? DEFAULT_ADMIN_TOKEN : token;
    }

    public static List<String> databases() {
        return List.of("referential", "experience", "webhook", "integration");
    }

    /** In start order: the referential first, experience-service looks collectivités up in it. */
    static List<ServiceComponent> all(StackConfig config, UnprivilegedUser user) {
        String referential = "--mutualis.referential.url=" + config.serviceUrl(Port.REFERENTIAL_SERVICE);
        return List.of(
                new ServiceComponent(config, user, REFERENTIAL, Port.REFERENTIAL_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("referential"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--mutualis.referential.admin-token=" + adminToken(),
                        "--mutualis.demo.enabled=" + config.demoData())),
                new ServiceComponent(config, user, EXPERIENCE, Port.EXPERIENCE_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("experience"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        referential,
                        "--mutualis.admin-token=" + adminToken(),
                        "--mutualis.demo.enabled=" + config.demoData())),
                new ServiceComponent(config, user, SEARCH, Port.SEARCH_SERVICE, endpoints -> List.of(
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        referential,
                        "--mutualis.search.elasticsearch-url=" + endpoints.elasticsearchUrl())),
                new ServiceComponent(config, user, WEBHOOK, Port.WEBHOOK_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("webhook"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers())),
                new ServiceComponent(config, user, INTEGRATION, Port.INTEGRATION_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("integration"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        "--mutualis.integration.admin-token=" + adminToken())));
    }
}
