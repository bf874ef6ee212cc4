package fr.mutualis.search.analytics;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.search.analytics.domain.KeptSearch;
import fr.mutualis.search.analytics.domain.SearchStatistics;
import fr.mutualis.search.analytics.elasticsearch.ElasticsearchSearchLog;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.testing.security.TestIssuer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The search journal on the real Elasticsearch: what it keeps of a search, the clicks, the administrators' lists. */
class SearchJournalIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    private ElasticsearchJson json;

    private static String word() {
        return "journal" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private Optional<JsonNode> kept(String searchId) {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/search-log/_doc/" + searchId));
            return Optional.of(JSON.readTree(response.getEntity().getContent()).path("_source"));
        } catch (ResponseException absent) {
            return Optional.empty();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private ServiceHttpClient.Result post(String path, String body) {
        return request(HttpRequest.newBuilder(new ServiceHttpClient(port).uri(path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private ServiceHttpClient.Result statistics(String query, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(new ServiceHttpClient(port).uri("/api/admin/recherches" + query))
                .header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request(request.build());
    }

    @Test
    void a_search_is_kept_with_its_query_its_count_and_nothing_that_names_the_person() {
        String word = word();
        ExperienceEvents record = aNewExperience().created().title("Le journal " + word).summary("Une fiche.");
        send(record);
        await().atMost(Duration.ofSeconds(60)).until(() -> search(word, 10).body().get("total").asLong() == 1);

        // The address's words count too: on a stack with the demonstration records, « example » finds « exemple ».
        JsonNode answer = search(word.toUpperCase() + "  jean.dupont@example.org", 10).body();
        String searchId = answer.get("searchId").asString();

        JsonNode kept = await().atMost(PATIENCE).until(() -> kept(searchId), Optional::isPresent).orElseThrow();
        assertThat(kept.get("query").asString()).isEqualTo(word + " [courriel]");
        assertThat(kept.get("total").asLong()).isEqualTo(answer.get("total").asLong()).isPositive();
        assertThat(kept.get("clicked").asBoolean()).isFalse();
        List<String> fields = new ArrayList<>();
        kept.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactlyInAnyOrder("query", "total", "corrected", "at", "clicked");
        JsonNode listing = get("/api/search?size=10").body().path("searchId");
        assertThat(listing.isNull() || listing.isMissingNode()).as("a listing is not a search").isTrue();

        assertThat(post("/api/search/clics", "{\"searchId\": \"" + searchId + "\"}").status()).isEqualTo(204);
        assertThat(kept(searchId).orElseThrow().get("clicked").asBoolean()).isTrue();
    }

    @Test
    void a_click_names_a_kept_search_and_nothing_else() {
        ServiceHttpClient.Result unknown = post("/api/search/clics", "{\"searchId\": \"" + UUID.randomUUID() + "\"}");
        ServiceHttpClient.Result malformed = post("/api/search/clics", "{\"searchId\": \"abc\"}");
        ServiceHttpClient.Result unexpected = post("/api/search/clics",
                "{\"searchId\": \"" + UUID.randomUUID() + "\", \"email\": \"x@example.org\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("searchId");
        assertThat(unexpected.status()).isEqualTo(400);
        assertThat(unexpected.contentType()).startsWith("application/problem+json");
    }

    @Test
    void only_administrators_read_the_statistics_and_their_parameters_are_checked() {
        String administrator = TestIssuer.shared().administrator();

        ServiceHttpClient.Result answer = statistics("?jours=7&taille=5", administrator);
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body().has("withoutResult")).isTrue();
        assertThat(answer.body().get("withoutClick").size()).isLessThanOrEqualTo(5);
        ServiceHttpClient.Result refused = statistics("?jours=0&taille=abc", administrator);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors")).hasSize(2);
        assertThat(statistics("", null).status()).isEqualTo(401);
        assertThat(statistics("", TestIssuer.shared().agentOf("223300013")).status()).isEqualTo(403);
    }

    @Test
    void the_lists_hold_the_most_frequent_queries_without_result_or_without_click() throws IOException {
        // A journal of its own, from the same template: the shared one holds every other test's searches.
        String alias = "search-log-" + RUN + "-test";
        elasticsearch.performRequest(new Request("PUT", "/search-log-" + RUN + "-000001"));
        Request aliasRequest = new Request("POST", "/_aliases");
        aliasRequest.setJsonEntity("{\"actions\": [{\"add\": {\"index\": \"search-log-" + RUN + "-000001\", \"alias\": \""
                + alias + "\"}}]}");
        elasticsearch.performRequest(aliasRequest);
        ElasticsearchSearchLog log = new ElasticsearchSearchLog(json, alias);
        Instant now = Instant.now();
        List<String> fibre = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            log.append(new KeptSearch(UUID.randomUUID().toString(), "cantine bio", 0, false, now));
        }
        for (int i = 0; i < 2; i++) {
            log.append(new KeptSearch(UUID.randomUUID().toString(), "tiers-lieu", 4, false, now));
            String id = UUID.randomUUID().toString();
            fibre.add(id);
            log.append(new KeptSearch(id, "fibre", 5, false, now));
        }
        log.append(new KeptSearch(UUID.randomUUID().toString(), "vieille recherche", 0, false,
                now.minus(Duration.ofDays(40))));
        assertThat(log.clicked(fibre.get(0))).isTrue();
        assertThat(log.clicked(UUID.randomUUID().toString())).isFalse();
        elasticsearch.performRequest(new Request("POST", "/" + alias + "/_refresh"));

        SearchStatistics statistics = log.statistics(now.minus(Duration.ofDays(30)), 10);

        assertThat(statistics.searches()).isEqualTo(7);
        assertThat(statistics.withoutResult()).containsExactly(new SearchStatistics.QueryCount("cantine bio", 3));
        assertThat(statistics.withoutClick()).containsExactly(new SearchStatistics.QueryCount("tiers-lieu", 2));
        elasticsearch.performRequest(new Request("DELETE", "/search-log-" + RUN + "-000001"));
    }
}
