package fr.mutualis.search.shared.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import co.elastic.clients.transport.instrumentation.Instrumentation;
import co.elastic.clients.transport.instrumentation.NoopInstrumentation;
import co.elastic.clients.transport.instrumentation.OpenTelemetryForElasticsearch;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import fr.mutualis.events.consumer.NotRetryable;
import fr.mutualis.search.SearchProperties;
import fr.mutualis.search.shared.domain.ChangeRejectedException;
import io.micrometer.observation.ObservationRegistry;
import io.opentelemetry.api.OpenTelemetry;
import java.net.URI;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Elasticsearch client both features use, built here rather than by Spring Boot: Boot 4 manages a 9.x client
 * that our 8.19 server refuses, and its Elasticsearch auto-configuration is not on the classpath. Also the barometer's
 * indices, which the benchmark writes and the experience search reads.
 */
@Configuration(proxyBeanMethods = false)
public class ElasticsearchClientConfiguration {

    /** Its connections, measured; closed with the client. */
    @Bean(destroyMethod = "")
    ElasticsearchConnectionPool elasticsearchConnectionPool() {
        return ElasticsearchConnectionPool.create();
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties, ElasticsearchConnectionPool connections) {
        URI url = properties.elasticsearchUrl();
        String scheme = url.getScheme() == null ? "http" : url.getScheme();
        int port = url.getPort() != -1 ? url.getPort() : ("https".equals(scheme) ? 443 : 80);
        SearchProperties.Elasticsearch timeouts = properties.elasticsearch();
        var builder = RestClient.builder(new HttpHost(url.getHost(), port, scheme))
                .setHttpClientConfigCallback(connections::configure)
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout((int) timeouts.connectTimeout().toMillis())
                        .setSocketTimeout((int) timeouts.socketTimeout().toMillis()));
        if (url.getPath() != null && !url.getPath().isEmpty() && !"/".equals(url.getPath())) {
            builder.setPathPrefix(url.getPath());
        }
        return builder.build();
    }

    @Bean(destroyMethod = "")
    ElasticsearchTransport elasticsearchTransport(RestClient restClient, ObjectProvider<OpenTelemetry> openTelemetry) {
        JsonMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        // Not closed here: closing the transport would close the RestClient a second time.
        return new RestClientTransport(restClient, new Jackson3JsonpMapper(mapper), null, tracing(openTelemetry));
    }

    /**
     * A span per request of the typed client, child of the current one (a Kafka listener's, an HTTP request's), so that
     * an indexing joins the trace of the change (ADR 0027). The context's OpenTelemetry, which Spring Boot does not make
     * the global one the client would use by default. Search queries stay out of the spans: they are what people typed.
     */
    private static Instrumentation tracing(ObjectProvider<OpenTelemetry> openTelemetry) {
        OpenTelemetry tracing = openTelemetry.getIfAvailable();
        return tracing == null ? NoopInstrumentation.INSTANCE : new OpenTelemetryForElasticsearch(tracing, false);
    }

    @Bean
    ElasticsearchClient elasticsearchClient(ElasticsearchTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean
    ElasticsearchJson elasticsearchJson(RestClient restClient, ObjectProvider<ObservationRegistry> observations) {
        return new ElasticsearchJson(restClient, JsonMapper.builder().build(),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    BarometerIndexBootstrap barometerIndexBootstrap(RestClient restClient, ElasticsearchClient client,
                                                    ElasticsearchJson json, SearchProperties properties,
                                                    ResourceLoader resources) {
        var bootstrap = new BarometerIndexBootstrap(new IndexBootstrap(restClient, client,
                resources.getResource("classpath:elasticsearch/index-templates/barometer.json"), "barometer",
                BarometerIndexBootstrap.ALIAS, "barometer-000001"), json);
        bootstrap.run(properties.index().bootstrapTimeout());
        return bootstrap;
    }

    /**
     * A change an index refuses ({@link ChangeRejectedException}: a field its mapping forbids) is dead-lettered at
     * once, like a malformed message, whichever feature's listener meets it: retrying would not help.
     */
    @Bean
    NotRetryable indexRejections() {
        return NotRetryable.of(ChangeRejectedException.class);
    }

    @Bean
    ElasticsearchHealthIndicator elasticsearchHealthIndicator(ElasticsearchClient client) {
        return new ElasticsearchHealthIndicator(client);
    }
}
