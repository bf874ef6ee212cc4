package fr.mutualis.service.observability;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.service.TestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the platform's defaults give every service to be observed: its metrics for Prometheus, its logs as JSON. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = TestService.class,
        properties = {TestService.PROPERTIES, "spring.application.name=test-service"})
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Test
    void prometheus_scrapes_without_a_token_the_latency_buckets_of_each_route_tagged_with_the_service() throws Exception {
        assertThat(get("/public").statusCode()).isEqualTo(200);

        HttpResponse<String> scrape = get("/actuator/prometheus");

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body().lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{"))
                .filter(line -> line.contains("uri=\"/public\"")))
                .isNotEmpty()
                .allMatch(line -> line.contains("application=\"test-service\""));
    }

    @Test
    void the_other_actuator_endpoints_stay_closed() throws Exception {
        assertThat(get("/actuator/metrics").statusCode()).isEqualTo(401);
        assertThat(get("/actuator/env").statusCode()).isEqualTo(401);
    }

    @Test
    void log_lines_are_json_objects_naming_the_service(CapturedOutput output) throws Exception {
        get("/private");
        org.slf4j.LoggerFactory.getLogger(ObservabilityIntegrationTest.class).info("Observed");

        JsonNode line = output.getOut().lines().filter(text -> text.contains("Observed")).map(JSON::readTree)
                .reduce((first, last) -> last).orElseThrow();
        assertThat(line.path("message").asString()).isEqualTo("Observed");
        assertThat(line.path("service").path("name").asString("")
                + line.path("service.name").asString("")).isEqualTo("test-service");
        assertThat(line.has("@timestamp")).isTrue();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
