package fr.mutualis.search.shared.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

import java.util.Objects;

/**
 * Health of Elasticsearch from the cluster health API ({@code GET /} answers 405 on the distribution we run, so the
 * info API cannot be used). Green and yellow are up (a single node is always yellow with replicas), red is down.
 */
public class ElasticsearchHealthIndicator extends AbstractHealthIndicator {

    private final ElasticsearchClient client;

    public ElasticsearchHealthIndicator(ElasticsearchClient client) {
        super("Elasticsearch health check failed");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        HealthResponse health = client.cluster().health(request -> request.timeout(t -> t.time("2s")));
        if (health.status() == HealthStatus.Red) {
            builder.down();
        } else {
            builder.up();
        }
        builder.withDetail("clusterName", health.clusterName())
                .withDetail("status", health.status().jsonValue())
                .withDetail("numberOfNodes", health.numberOfNodes())
                .withDetail("activeShardsPercent", health.activeShardsPercentAsNumber());
    }
}
