package fr.mutualis.relevance;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The platform's search, through its public API {@code GET /api/search}, as the portal calls it. */
public final class SearchApiRanker implements Ranker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String searchUrl;

    /** @param searchUrl the search service, e.g. {@code http://127.0.0.1:8082} */
    public SearchApiRanker(String searchUrl) {
        this.searchUrl = searchUrl;
    }

    @Override
    public String name() {
        return "Elasticsearch";
    }

    @Override
    public List<String> top(String query, int k) {
        // The judgments grade the demonstration records: other records (tests, members' own) are left out.
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : search(query, k).path("hits")) {
            ids.add(hit.path("id").asString());
        }
        return ids;
    }

    /** The spelling correction the search offers for {@code query}, or searched instead of it; null for none. */
    public String correction(String query) {
        JsonNode answer = search(query, 1);
        String corrected = answer.path("correctedQuery").asString(null);
        return corrected != null ? corrected : answer.path("didYouMean").asString(null);
    }

    /**
     * How many public records the index holds besides the demonstration ones (integration tests', synthetic ones).
     * They are never ranked, but their words change every term's weight, and so the demonstration records' scores.
     */
    public long otherRecords() {
        return get("/api/search?demo=false&size=1").path("total").asLong();
    }

    private JsonNode search(String query, int k) {
        return get("/api/search?demo=true&size=" + k + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private JsonNode get(String pathAndQuery) {
        URI uri = URI.create(searchUrl + pathAndQuery);
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + " answered " + response.statusCode() + ": " + response.body());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
