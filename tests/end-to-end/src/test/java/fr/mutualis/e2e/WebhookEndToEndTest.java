package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integrator without Kafka: a record saved through the API reaches its HTTPS endpoint (here a receiver on
 * loopback) as a CloudEvent, through outbox → Debezium → Kafka → webhook-service, signed with the secret it was given.
 */
@WithRealStack
class WebhookEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Received(Map<String, String> headers, byte[] body) {
        String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer receiver;

    @AfterEach
    void stopReceiver() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void a_saved_record_arrives_at_the_subscribed_url_as_a_signed_cloudevent() throws Exception {
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        String url = startReceiver();
        String secret = subscribe(services.url("webhook-service"), url);

        JsonNode record = new PlatformClient(services.url("experience-service"), services.url("search-service"))
                .create("Parapheur électronique mutualisé", "Circuit de signature partagé par 40 communes",
                        "213502388", List.of("dematerialisation"));
        String id = record.path("id").asText();

        // Created, then published: each event is its own delivery, possibly in parallel.
        await().atMost(Duration.ofSeconds(60)).until(() -> received.stream().filter(r -> id.equals(r.header("ce-subject")))
                .map(r -> r.header("ce-type")).toList().containsAll(List.of("experience.record.created",
                        "experience.record.published")));
        Received delivery = received.stream().filter(r -> id.equals(r.header("ce-subject"))
                && "experience.record.created".equals(r.header("ce-type"))).findFirst().orElseThrow();
        assertThat(delivery.header("ce-specversion")).isEqualTo("1.0");
        assertThat(delivery.header("ce-source")).isEqualTo("/mutualis/experience-service");
        assertThat(delivery.header("content-type")).startsWith("application/json");
        assertThat(delivery.header("webhook-signature"))
                .isEqualTo("sha256=" + hmac(secret, delivery.header("ce-id") + "." + delivery.header("ce-time") + ".", delivery.body()));
        assertThat(JSON.readTree(delivery.body()).path("data").path("title").asText())
                .isEqualTo("Parapheur électronique mutualisé");
    }

    private String startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            Map<String, String> headers = new java.util.HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            received.add(new Received(headers, exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    private static String subscribe(String webhookService, String url) throws Exception {
        String body = JSON.writeValueAsString(Map.of("integrator", "Recette de bout en bout", "url", url,
                "topics", List.of("mutualis.experience.events")));
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(webhookService + "/api/webhooks/subscriptions"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + PlatformTokens.adminAutomation())
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).path("secret").asText();
    }

    private static String hmac(String secret, String prefix, byte[] body) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update(prefix.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }
}
