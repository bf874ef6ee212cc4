package fr.mutualis.webhook.support;

import fr.mutualis.testing.security.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plain HTTP client of the running service, as an administrator's tool would call it: with an administrator's
 * bearer token signed by the test run's OpenID Connect issuer, or another {@code Authorization}.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    /** The {@code Authorization} header value, null when anonymous. */
    private final String authorization;

    public Api(int port) {
        this("http://localhost:" + port, TestIssuer.shared().administrator());
    }

    private Api(String baseUrl, String authorization) {
        this.baseUrl = baseUrl;
        this.authorization = authorization;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** This client sending {@code authorization} instead, null for none. */
    public Api withToken(String authorization) {
        return new Api(baseUrl, authorization);
    }

    /** A response with its body read as JSON (null when empty). */
    public record Response(int status, java.net.http.HttpHeaders headers, String text, JsonNode body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send("GET", path, null, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public Response delete(String path) {
        return send("DELETE", path, null, null);
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode json = text == null || text.isBlank() ? null : JSON.readTree(text);
            return new Response(response.statusCode(), response.headers(), text, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body of a subscription request; {@code eventTypes} left out when null. */
    public static String subscriptionJson(String integrator, String url, List<String> topics, List<String> eventTypes) {
        ObjectNode node = JSON.createObjectNode();
        node.put("integrator", integrator);
        node.put("url", url);
        ArrayNode topicArray = node.putArray("topics");
        topics.forEach(topicArray::add);
        if (eventTypes != null) {
            ArrayNode types = node.putArray("eventTypes");
            eventTypes.forEach(types::add);
        }
        return node.toString();
    }

    /**
     * Creates a subscription and returns the creation's answer (with the secret).
     *
     * @throws AssertionError when the service does not answer 201
     */
    public JsonNode subscribe(String url, List<String> topics, List<String> eventTypes) {
        Response response = post("/api/webhooks/subscriptions",
                subscriptionJson("Intégrateur de test", url, topics, eventTypes));
        if (response.status() != 201) {
            throw new AssertionError("Subscription refused: " + response.status() + " " + response.text());
        }
        return response.body();
    }
}
