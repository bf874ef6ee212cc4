package fr.mutualis.search.experience.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.shared.elasticsearch.BarometerIndexBootstrap;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.IndexBootstrap;
import io.micrometer.context.ContextExecutorService;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/** The experience index on the shared Elasticsearch client: its bootstrap, its writes and its searches. */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchConfiguration.class);
    /** Searches whose counts run beside their page at once; past them, a search's two chains run one after the other. */
    private static final int COUNTING_THREADS = 8;

    @Bean
    ElasticsearchExperienceIndex elasticsearchExperienceIndex(ElasticsearchClient client, SearchProperties properties,
                                                              IndexBootstrap bootstrap, MeterRegistry meters) {
        // Depends on the bootstrap: the index exists before any listener or request can use it.
        var index = new ElasticsearchExperienceIndex(client, properties.index().alias(), meters);
        int removed = index.removeNonPublic();
        if (removed > 0) {
            log.info("Removed {} records that are not public from the '{}' index", removed, properties.index().alias());
        }
        return index;
    }

    @Bean
    ElasticsearchIndexGenerations experienceIndexGenerations(ElasticsearchClient client,
                                                             ElasticsearchExperienceIndex live,
                                                             SearchProperties properties) {
        return new ElasticsearchIndexGenerations(client, live, properties.index().alias(),
                properties.index().initialIndex(), java.time.Clock.systemUTC());
    }

    @Bean
    IndexBootstrap experienceIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                            SearchProperties properties, ResourceLoader resources) {
        SearchProperties.Index index = properties.index();
        var bootstrap = new IndexBootstrap(restClient, client,
                resources.getResource(index.templateLocation()), index.templateName(), index.alias(),
                index.initialIndex());
        bootstrap.run(index.bootstrapTimeout());
        return bootstrap;
    }

    /**
     * Where the counts of a search run beside its page. When every thread is busy, the search counts on its own thread
     * first, then shows its page: under load the two chains add nothing to the work, they only stop waiting for each
     * other. The trace of the request goes along.
     */
    @Bean(destroyMethod = "shutdown")
    ExecutorService searchCountingThreads() {
        AtomicInteger created = new AtomicInteger();
        ThreadPoolExecutor threads = new ThreadPoolExecutor(COUNTING_THREADS, COUNTING_THREADS, 60, TimeUnit.SECONDS,
                new SynchronousQueue<>(), task -> {
                    Thread thread = new Thread(task, "search-counting-" + created.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        threads.allowCoreThreadTimeOut(true);
        return ContextExecutorService.wrap(threads, ContextSnapshotFactory.builder().build()::captureAll);
    }

    @Bean
    ElasticsearchExperienceSearch elasticsearchExperienceSearch(ElasticsearchJson json, SearchProperties properties,
                                                                IndexBootstrap bootstrap,
                                                                BarometerIndexBootstrap barometer,
                                                                ExecutorService searchCountingThreads) {
        return new ElasticsearchExperienceSearch(json, properties.index().alias(), BarometerIndexBootstrap.PROFILES,
                searchCountingThreads);
    }
}
