package fr.mutualis.search.shared.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Test;

class ElasticsearchConnectionPoolTest {

    @Test
    void the_clients_connections_are_measured_with_the_clients_default_limits() throws Exception {
        HttpServer elasticsearch = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        elasticsearch.createContext("/", exchange -> {
            byte[] body = "{}".getBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        elasticsearch.start();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        ElasticsearchConnectionPool pool = ElasticsearchConnectionPool.create();
        pool.bindTo(meters);
        try (RestClient client = RestClient.builder(new HttpHost("127.0.0.1", elasticsearch.getAddress().getPort()))
                .setHttpClientConfigCallback(pool::configure).build()) {
            client.performRequest(new Request("GET", "/"));

            assertThat(gauge(meters, "max")).isEqualTo(30);
            assertThat(gauge(meters, "available")).as("kept alive after the answer").isEqualTo(1);
            assertThat(gauge(meters, "leased")).isZero();
            assertThat(gauge(meters, "pending")).isZero();
        } finally {
            elasticsearch.stop(0);
        }
    }

    private static double gauge(SimpleMeterRegistry meters, String name) {
        return meters.get(ElasticsearchConnectionPool.METER_PREFIX + "." + name).gauge().value();
    }
}
