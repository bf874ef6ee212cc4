package fr.mutualis.search.analytics;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.analytics.application.SearchAnalytics;
import fr.mutualis.search.analytics.elasticsearch.ElasticsearchSearchLog;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.elasticsearch.client.RestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** Wires the search journal: its index, the writer off the searches' path, the use cases. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    static final String TEMPLATE = "classpath:elasticsearch/index-templates/search-log.json";
    /** Searches waiting to be written; beyond, new ones are dropped rather than slowing the searches down. */
    static final int WRITER_QUEUE = 10_000;

    /** Not a bean: the experience feature's wiring takes the one {@link IndexBootstrap} bean by type. */
    record SearchLogIndexBootstrap(IndexBootstrap bootstrap) {
    }

    @Bean
    SearchLogIndexBootstrap searchLogIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                                    SearchProperties properties, ResourceLoader resources) {
        return new SearchLogIndexBootstrap(IndexBootstrap.started(restClient, client,
                resources.getResource(TEMPLATE), ElasticsearchSearchLog.ALIAS, "search-log-000001",
                properties.index().bootstrapTimeout()));
    }

    @Bean(destroyMethod = "shutdown")
    ThreadPoolExecutor searchLogWriter() {
        return new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(WRITER_QUEUE), task -> {
            Thread thread = new Thread(task, "search-log-writer");
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Bean
    SearchAnalytics searchAnalytics(ElasticsearchJson json, SearchLogIndexBootstrap bootstrap,
                                    ThreadPoolExecutor searchLogWriter) {
        return new SearchAnalytics(new ElasticsearchSearchLog(json, ElasticsearchSearchLog.ALIAS), searchLogWriter, Clock.systemUTC());
    }
}
