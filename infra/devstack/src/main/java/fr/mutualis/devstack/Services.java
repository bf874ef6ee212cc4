package fr.mutualis.devstack;

import java.util.List;

/** The platform's services, how they are configured from the components' endpoints, and the databases they own. */
public final class Services {

    public static final String EXPERIENCE = "experience-service";
    public static final String SEARCH = "search-service";
    public static final String WEBHOOK = "webhook-service";

    private Services() {
    }

    public static List<String> databases() {
        return List.of("experience", "webhook");
    }

    static List<ServiceComponent> all(StackConfig config, UnprivilegedUser user) {
        return List.of(
                new ServiceComponent(config, user, EXPERIENCE, Port.EXPERIENCE_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("experience"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--mutualis.demo.enabled=" + config.demoData())),
                new ServiceComponent(config, user, SEARCH, Port.SEARCH_SERVICE, endpoints -> List.of(
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers(),
                        "--mutualis.search.elasticsearch-url=" + endpoints.elasticsearchUrl())),
                new ServiceComponent(config, user, WEBHOOK, Port.WEBHOOK_SERVICE, endpoints -> List.of(
                        "--spring.datasource.url=" + endpoints.jdbcUrl("webhook"),
                        "--spring.datasource.username=" + endpoints.postgresUser(),
                        "--spring.datasource.password=" + endpoints.postgresPassword(),
                        "--spring.kafka.bootstrap-servers=" + endpoints.kafkaBootstrapServers())));
    }
}
