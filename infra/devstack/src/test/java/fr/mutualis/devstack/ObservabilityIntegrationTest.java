package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The observability option's Zipkin and Prometheus, alone on free ports: Zipkin keeps a span the way the services
 * send it and gives it back by its trace id; Prometheus loads the platform's alert rules and scrapes every service's
 * {@code /actuator/prometheus} (down here, no service runs).
 */
class ObservabilityIntegrationTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    private static IsolatedStack stack;
    private static StackConfig config;
    private static Component zipkin;
    private static Component prometheus;
    private static Stack observed;

    @BeforeAll
    static void start() throws Exception {
        stack = IsolatedStack.on("observability", Port.ZIPKIN, Port.PROMETHEUS);
        config = stack.config().withObservability();
        observed = Stack.of(config, new PrintStream(OutputStream.nullOutputStream()));
        zipkin = observed.component(ZipkinComponent.NAME);
        prometheus = observed.component(PrometheusComponent.NAME);
        zipkin.start();
        prometheus.start();
        prometheus.awaitHealthy();
        zipkin.awaitHealthy();
    }

    @AfterAll
    static void stop() throws Exception {
        stack.delete();
    }

    @Test
    void zipkin_keeps_a_span_and_finds_it_by_its_trace_id_on_loopback() throws Exception {
        String span = """
                [{"traceId":"%s","id":"a3ce929d0e0e4736","kind":"SERVER","name":"post /api/experiences",
                  "timestamp":%d,"duration":12000,"localEndpoint":{"serviceName":"experience-service"}}]"""
                .formatted(TRACE_ID, System.currentTimeMillis() * 1000);
        HttpResponse<String> sent = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(config.tracesEndpoint().orElseThrow()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(span)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(sent.statusCode()).isEqualTo(202);

        String trace = awaitBody(config.zipkinUrl() + "/api/v2/trace/" + TRACE_ID, Http.Response::ok);
        assertThat(trace).contains("\"name\":\"post /api/experiences\"", "\"serviceName\":\"experience-service\"");
        assertThat(Http.answers(config.zipkinUrl() + "/zipkin/")).as("the trace viewer").isTrue();
    }

    @Test
    void prometheus_evaluates_the_platforms_alert_rules() throws IOException {
        String rules = Http.get(config.prometheusUrl() + "/api/v1/rules").body();

        assertThat(rules).contains("\"status\":\"success\"", "\"name\":\"MutualisDeadLetters\"",
                "\"name\":\"MutualisReplicationSlotRetainsWal\"");
    }

    @Test
    void prometheus_scrapes_each_service_at_its_port() throws IOException {
        String targets = awaitBody(config.prometheusUrl() + "/api/v1/targets",
                response -> !response.body().contains("\"activeTargets\":[]"));

        for (ServiceDescriptor service : config.services()) {
            assertThat(targets).contains("\"scrapeUrl\":\"http://127.0.0.1:" + config.port(service)
                    + "/actuator/prometheus\"");
            assertThat(targets).contains("\"service\":\"" + service.name() + "\"");
        }
    }

    @Test
    void one_component_stops_alone_and_starts_again() {
        observed.down(PrometheusComponent.NAME);

        assertThat(prometheus.isRunning()).isFalse();
        assertThat(zipkin.isRunning()).isTrue();
        prometheus.start();
        prometheus.awaitHealthy();
    }

    /**
     * Zipkin stores what it accepted asynchronously, and Prometheus is ready before its scrape manager has synced
     * the configured targets (its discovery hands them over every five seconds): the first reads may miss either.
     */
    private static String awaitBody(String url, Predicate<Http.Response> complete) throws IOException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response response = Http.get(url);
        while (!complete.test(response) && System.nanoTime() < deadline) {
            Processes.sleep(Duration.ofMillis(200));
            response = Http.get(url);
        }
        return response.body();
    }
}
