package fr.mutualis.e2e;

import fr.mutualis.testing.stack.PlatformTokens;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a portal or an integrator does over HTTP: write records, search them. Agents sign in to the platform's
 * identity service as its demo accounts do, through the real sign-in page.
 */
final class PlatformClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The demo agents of the collectivités these tests write for. */
    private static final Map<String, String> AGENTS = Map.of(
            "213502388", "agent.rennes@demo.mutualis.fr",
            "212900195", "agent.brest@demo.mutualis.fr",
            "213500226", "agent.becherel@demo.mutualis.fr",
            "200094332", "agent.alsace@demo.mutualis.fr");
    /** Shorter than the tokens' ten minutes. */
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);
    private static final Map<String, SignedIn> TOKENS = new ConcurrentHashMap<>();

    private record SignedIn(String token, Instant at) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String experienceUrl;
    private final String searchUrl;

    PlatformClient(String experienceUrl, String searchUrl) {
        this.experienceUrl = experienceUrl;
        this.searchUrl = searchUrl;
    }

    /** Starts the platform's services (once per test run), registers the Debezium connectors, and gives a client. */
    static PlatformClient startPlatform() {
        fr.mutualis.testing.stack.PlatformServices services = fr.mutualis.testing.stack.RealStack.startServices();
        fr.mutualis.testing.stack.RealStack.registerConnectors();
        return new PlatformClient(services.url("experience-service"), services.url("search-service"));
    }

    /** Creates a record as an agent of {@code siren} and publishes it: two events, the record at version 2. */
    JsonNode create(String title, String summary, String siren, List<String> axes) {
        JsonNode draft = draft(title, summary, siren, axes);
        return send("POST", experienceUrl + "/api/experiences/" + draft.path("id").asText() + "/publication", siren,
                null, 200);
    }

    /** Creates a draft as an agent of {@code siren}: one event, nothing searchable yet. */
    JsonNode draft(String title, String summary, String siren, List<String> axes) {
        return send("POST", experienceUrl + "/api/experiences", siren, record(title, summary, siren, axes), 201);
    }

    /**
     * Publishes the draft {@code id} as a traced portal would: the request carries the W3C {@code traceparent} of the
     * portal's span, so the change and everything it causes belong to that trace.
     */
    JsonNode publishInTrace(String id, String siren, String traceparent) {
        return send("POST", experienceUrl + "/api/experiences/" + id + "/publication", siren, null, 200,
                Map.of("traceparent", traceparent));
    }

    JsonNode update(String id, String title, String summary, String siren, List<String> axes) {
        return send("PUT", experienceUrl + "/api/experiences/" + id, siren, record(title, summary, siren, axes), 200);
    }

    /** Creates and publishes a record with any fields of the API body (contact, step, budget…). */
    JsonNode create(Map<String, Object> body) {
        String siren = (String) body.get("siren");
        JsonNode draft = send("POST", experienceUrl + "/api/experiences", siren, JSON.writeValueAsString(body), 201);
        return send("POST", experienceUrl + "/api/experiences/" + draft.path("id").asText() + "/publication", siren,
                null, 200);
    }

    String searchUrl() {
        return searchUrl;
    }

    /** {@code GET} on search-service, e.g. {@code /api/search?q=…}. */
    JsonNode searchApi(String pathAndQuery) {
        return send("GET", searchUrl + pathAndQuery, null, null, 200);
    }

    /** {@code POST} a JSON body to experience-service as an agent of {@code agentSiren}. */
    JsonNode post(String path, String agentSiren, String body, int expectedStatus) {
        return send("POST", experienceUrl + path, agentSiren, body, expectedStatus);
    }

    /** A change of a record by an agent of {@code agentSiren}, e.g. {@code POST …/archivage}. */
    JsonNode act(String method, String path, String agentSiren) {
        return send(method, experienceUrl + path, agentSiren, null, 200);
    }

    JsonNode search(String query) {
        return send("GET", searchUrl + "/api/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null,
                null, 200);
    }

    /** The hit of {@code id} among the results of {@code query}, or null. */
    JsonNode hit(String query, String id) {
        for (JsonNode hit : search(query).path("hits")) {
            if (hit.path("id").asText().equals(id)) {
                return hit;
            }
        }
        return null;
    }

    private static String record(String title, String summary, String siren, List<String> axes) {
        return JSON.writeValueAsString(Map.of("title", title, "summary", summary, "siren", siren, "axes", axes));
    }

    /** The bearer token of the demo agent of {@code siren}, signed in again when it is about to expire. */
    static String agentToken(String siren) {
        String username = AGENTS.get(siren);
        if (username == null) {
            throw new IllegalArgumentException("No demo agent for SIREN " + siren + ", known: " + AGENTS.keySet());
        }
        return TOKENS.compute(username, (name, signedIn) -> signedIn != null
                && signedIn.at().plus(TOKEN_REUSE).isAfter(Instant.now()) ? signedIn
                : new SignedIn(PlatformTokens.user(name), Instant.now())).token();
    }

    private JsonNode send(String method, String url, String agentSiren, String body, int expectedStatus) {
        return send(method, url, agentSiren, body, expectedStatus, Map.of());
    }

    /** @param agentSiren the collectivité of the signed-in agent; null if none */
    private JsonNode send(String method, String url, String agentSiren, String body, int expectedStatus,
                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (agentSiren != null) {
            request.header("Authorization", "Bearer " + agentToken(agentSiren));
        }
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new AssertionError(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(method + " " + url + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
