package fr.mutualis.search.shared.elasticsearch;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;
import javax.net.ssl.SSLContext;
import org.apache.http.config.RegistryBuilder;
import org.apache.http.impl.nio.client.HttpAsyncClientBuilder;
import org.apache.http.impl.nio.conn.PoolingNHttpClientConnectionManager;
import org.apache.http.impl.nio.reactor.DefaultConnectingIOReactor;
import org.apache.http.impl.nio.reactor.IOReactorConfig;
import org.apache.http.nio.conn.NoopIOSessionStrategy;
import org.apache.http.nio.conn.SchemeIOSessionStrategy;
import org.apache.http.nio.conn.ssl.SSLIOSessionStrategy;
import org.apache.http.nio.reactor.IOReactorException;
import org.apache.http.pool.PoolStats;

/**
 * The HTTP connections of the Elasticsearch client, made here rather than inside the client so that their use can be
 * measured: {@value #METER_PREFIX}{@code .leased} (requests under way), {@code .available} (idle, kept alive),
 * {@code .pending} (requests waiting for a connection: the pool is too small or Elasticsearch too slow) and
 * {@code .max}. The limits and TLS settings are the low-level client's own defaults (30 connections, 10 per node, the
 * JVM's default SSL context), which a client given its own connection manager no longer applies by itself.
 */
public final class ElasticsearchConnectionPool implements MeterBinder {

    static final String METER_PREFIX = "mutualis.elasticsearch.connections";
    static final int MAX_TOTAL = 30;
    static final int MAX_PER_NODE = 10;

    private final PoolingNHttpClientConnectionManager connections;

    private ElasticsearchConnectionPool(PoolingNHttpClientConnectionManager connections) {
        this.connections = connections;
    }

    public static ElasticsearchConnectionPool create() {
        try {
            var strategies = RegistryBuilder.<SchemeIOSessionStrategy>create()
                    .register("http", NoopIOSessionStrategy.INSTANCE)
                    .register("https", new SSLIOSessionStrategy(SSLContext.getDefault(),
                            SSLIOSessionStrategy.getDefaultHostnameVerifier()))
                    .build();
            var connections = new PoolingNHttpClientConnectionManager(
                    new DefaultConnectingIOReactor(IOReactorConfig.DEFAULT, ioThreads()), strategies);
            connections.setMaxTotal(MAX_TOTAL);
            connections.setDefaultMaxPerRoute(MAX_PER_NODE);
            return new ElasticsearchConnectionPool(connections);
        } catch (NoSuchAlgorithmException | IOReactorException e) {
            throw new IllegalStateException("Cannot create the Elasticsearch client's connections", e);
        }
    }

    /** For {@code RestClientBuilder.setHttpClientConfigCallback}: the client closes the pool when it is closed. */
    public HttpAsyncClientBuilder configure(HttpAsyncClientBuilder client) {
        return client.setConnectionManager(connections);
    }

    @Override
    public void bindTo(MeterRegistry meters) {
        gauge(meters, "leased", "Connections to Elasticsearch carrying a request", PoolStats::getLeased);
        gauge(meters, "available", "Idle connections to Elasticsearch kept alive", PoolStats::getAvailable);
        gauge(meters, "pending", "Requests to Elasticsearch waiting for a connection", PoolStats::getPending);
        gauge(meters, "max", "Connections to Elasticsearch allowed at once", PoolStats::getMax);
    }

    private void gauge(MeterRegistry meters, String name, String description, ToIntFunction<PoolStats> statistic) {
        Gauge.builder(METER_PREFIX + "." + name, connections, pool -> statistic.applyAsInt(pool.getTotalStats()))
                .description(description)
                .register(meters);
    }

    private static ThreadFactory ioThreads() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, "elasticsearch-io-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
