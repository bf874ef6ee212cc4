package fr.mutualis.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a portal or an integrator does over HTTP: write records, search them. */
final class PlatformClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String experienceUrl;
    private final String searchUrl;

    PlatformClient(String experienceUrl, String searchUrl) {
        this.experienceUrl = experienceUrl;
        this.searchUrl = searchUrl;
    }

    JsonNode create(String title, String summary, String siren, List<String> axes) {
        return send("POST", experienceUrl + "/api/experiences", record(title, summary, siren, axes), 201);
    }

    JsonNode update(String id, String title, String summary, String siren, List<String> axes) {
        return send("PUT", experienceUrl + "/api/experiences/" + id, record(title, summary, siren, axes), 200);
    }

    JsonNode search(String query) {
        return send("GET", searchUrl + "/api/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, 200);
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

    private JsonNode send(String method, String url, String body, int expectedStatus) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
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
