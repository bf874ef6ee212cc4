package fr.mutualis.experience.support;

import fr.mutualis.testing.security.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the running service, as any other client would call it: anonymous, or with the bearer token
 * of an agent of one collectivité (or of another role) signed by the test run's OpenID Connect issuer.
 */
public final class Api {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final JsonMapper json;
    /** The {@code Authorization} header value, null when anonymous. */
    private final String authorization;

    /** @param agent the SIREN of the signed-in agent's collectivité */
    public Api(int port, JsonMapper json, String agent) {
        this("http://localhost:" + port, json, TestIssuer.shared().agentOf(agent));
    }

    private Api(String baseUrl, JsonMapper json, String authorization) {
        this.baseUrl = baseUrl;
        this.json = json;
        this.authorization = authorization;
    }

    /** This client signed in as an agent of the collectivité {@code siren}. */
    public Api as(String siren) {
        return withToken(TestIssuer.shared().agentOf(siren));
    }

    /** This client sending {@code authorization}, e.g. {@code TestIssuer.shared().dpo()}. */
    public Api withToken(String authorization) {
        return new Api(baseUrl, json, authorization);
    }

    /** This client without a signed-in user. */
    public Api anonymous() {
        return new Api(baseUrl, json, null);
    }

    /** A response with its body read as JSON (null when empty). */
    public record Response(int status, java.net.http.HttpHeaders headers, String text, JsonNode body) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }
    }

    public Response get(String path) {
        return send(signedIn(HttpRequest.newBuilder(URI.create(baseUrl + path))).GET());
    }

    public Response post(String path, String body) {
        return send(signedIn(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Response put(String path, String body, String ifMatch) {
        HttpRequest.Builder request = signedIn(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return send(request);
    }

    public Response send(String method, String path, String contentType, String body) {
        HttpRequest.Builder request = signedIn(HttpRequest.newBuilder(URI.create(baseUrl + path)))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request);
    }

    /** The JSON of a create or update body. */
    public String experienceJson(String title, String summary, String siren, String... axes) {
        var node = json.createObjectNode();
        node.put("title", title);
        node.put("summary", summary);
        node.put("siren", siren);
        var array = node.putArray("axes");
        for (String axis : axes) {
            array.add(axis);
        }
        return json.writeValueAsString(node);
    }

    private HttpRequest.Builder signedIn(HttpRequest.Builder request) {
        return authorization == null ? request : request.header("Authorization", authorization);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() ? null : json.readTree(text);
            return new Response(response.statusCode(), response.headers(), text, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
