package fr.mutualis.search.experience.elasticsearch;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
import fr.mutualis.search.experience.domain.Spelling;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import io.micrometer.observation.ObservationRegistry;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The searches that a search of the benchmark tool sends, Elasticsearch played by a local HTTP server that keeps every
 * {@code _msearch} and answers each search in it by its kind: the page with {@link #shown} hits, the counts with a
 * total of {@link #counted}, the other searches with what a real index would say of them.
 * <ul>
 *   <li>The page and the counts are searches apart, and an index refresh may fall between them: the total shown must
 *   agree with the hits shown whenever the page itself says how many there are.</li>
 *   <li>Their shape is what keeps a search fast on a million records (docs/adr/0034-page-query-of-text-clauses-only.md,
 *   docs/adr/0035-estimated-counts-past-a-hundred-thousand-matches.md).</li>
 * </ul>
 */
class ElasticsearchExperienceSearchTest {

    private static final int EXACT_COUNT_LIMIT = 1_000;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<List<JsonNode>> multiSearches = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private RestClient client;
    private final ExecutorService countingThreads = Executors.newFixedThreadPool(2);
    private int shown;
    private long counted;
    private boolean countsRefused;
    /** The word that no record uses, if any. */
    private String unknownWord;

    @BeforeEach
    void anElasticsearchThatAnswersEverySearchByItsKind() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            List<JsonNode> searches = new ArrayList<>();
            String[] lines = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i += 2) {
                searches.add(json.readTree(lines[i]));
            }
            multiSearches.add(searches);
            byte[] body = ("{\"responses\":[" + String.join(",", searches.stream().map(this::answer).toList())
                    + "]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-elastic-product", "Elasticsearch");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = RestClient.builder(new HttpHost("127.0.0.1", server.getAddress().getPort(), "http")).build();
    }

    @AfterEach
    void stop() throws IOException {
        countingThreads.shutdownNow();
        client.close();
        server.stop(0);
    }

    @Test
    void a_record_counted_before_the_page_saw_it_is_not_announced_without_being_shown() {
        shown = 0;
        counted = 1;

        assertThat(search(SearchQuery.of("", 0, 10)).total()).isZero();
    }

    @Test
    void a_record_shown_before_the_counts_saw_it_is_counted() {
        shown = 1;
        counted = 0;

        assertThat(search(SearchQuery.of("", 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void a_short_later_page_counts_the_pages_before_it_and_a_page_past_the_end_keeps_the_counted_total() {
        shown = 3;
        counted = 12;
        assertThat(search(SearchQuery.of("", 1, 10)).total()).isEqualTo(13);

        shown = 0;
        assertThat(search(SearchQuery.of("", 5, 10)).total()).isEqualTo(12);
    }

    @Test
    void a_full_page_keeps_the_counted_total() {
        shown = 2;
        counted = 40;

        assertThat(search(SearchQuery.of("", 0, 2)).total()).isEqualTo(40);
    }

    @Test
    void the_page_of_a_word_search_scores_its_words_alone_and_keeps_the_published_records_after() {
        search(SearchQuery.of("RGPD communes", 0, 10));

        JsonNode page = searchOf("sort");
        assertThat(page.path("query").path("bool").has("filter")).as("no filter beside the words").isFalse();
        assertThat(page.path("query").path("bool").path("should")).isNotEmpty();
        assertThat(page.path("post_filter").toString()).contains("{\"term\":{\"status\":\"published\"}}");
    }

    @Test
    void only_a_query_with_a_word_that_no_record_uses_asks_for_a_spelling_suggestion_and_alone() {
        SearchQuery known = SearchQuery.of("RGPD communes", 0, 10);
        assertThat(engine().correction(known, engine().unknownWords(known))).isEmpty();
        assertThat(multiSearches).as("every word known: nothing to correct").hasSize(1);

        unknownWord = "comunes";
        SearchQuery mistyped = SearchQuery.of("RGPD comunes", 0, 10);
        List<String> unknownWords = engine().unknownWords(mistyped);
        assertThat(unknownWords).containsExactly("comunes");
        engine().correction(mistyped, unknownWords);
        assertThat(searchOf("suggest").path("suggest").path("text").asString()).isEqualTo("RGPD comunes");
        assertThat(searchOf("suggest").path("size").asInt()).as("no record searched").isZero();

        search(mistyped);
        assertThat(searchOf("sort").has("suggest")).as("the page does not ask again").isFalse();
    }

    @Test
    void the_counts_of_a_word_search_keep_the_published_records_and_leave_out_the_words_in_sequence() {
        search(SearchQuery.of("RGPD communes", 0, 10));

        assertThat(searchOf("aggs").path("query").toString()).contains("{\"term\":{\"status\":\"published\"}}")
                .doesNotContain("\"phrase\"");
        assertThat(searchOf("sort").path("query").toString()).as("the page ranks with it").contains("\"phrase\"");
    }

    @Test
    void each_highlighted_field_is_marked_by_a_query_on_that_field_alone() {
        shown = 2;
        counted = 2;

        search(SearchQuery.of("RGPD communes", 0, 10));

        JsonNode highlight = searchOf("highlight").path("highlight");
        assertThat(highlight.has("highlight_query")).as("no query shared by the fields").isFalse();
        assertThat(highlight.path("fields").propertyNames()).containsExactly("title", "summary", "description");
        highlight.path("fields").properties().forEach(field -> {
            List<String> searched = new ArrayList<>();
            field.getValue().path("highlight_query").findValues("match")
                    .forEach(match -> searched.addAll(match.propertyNames()));
            assertThat(searched).as(field.getKey()).isNotEmpty()
                    .allMatch(name -> name.equals(field.getKey()) || name.equals(field.getKey() + ".folded"));
        });
    }

    @Test
    void the_counts_run_beside_the_page_and_their_failure_is_the_searchs_own() {
        shown = 2;
        counted = 2;
        countsRefused = true;

        assertThatThrownBy(() -> search(SearchQuery.of("RGPD communes", 0, 10)))
                .isInstanceOf(ElasticsearchJson.Refused.class);
        assertThat(multiSearches).as("the words looked up, the page, its highlights, the matches, the counts")
                .hasSize(5);
    }

    @Test
    void up_to_the_limit_the_total_and_the_facets_are_counted_exactly() {
        shown = 10;
        counted = EXACT_COUNT_LIMIT - 1;

        SearchResult result = search(SearchQuery.of("communes", 0, 10));

        assertThat(result.total()).isEqualTo(EXACT_COUNT_LIMIT - 1);
        assertThat(result.totalEstimated()).isFalse();
        assertThat(searchOf("aggs").path("aggs").has("sample")).isFalse();
    }

    @Test
    void past_the_limit_the_facets_are_counted_on_a_sample_and_the_total_is_a_rounded_estimate() {
        shown = 10;
        counted = 694_623;

        SearchResult result = search(SearchQuery.of("communes", 0, 10));

        JsonNode sampler = searchOf("aggs").path("aggs").path("sample").path("random_sampler");
        assertThat(sampler.path("probability").asDouble()).as("50,000 of the 1,000,000 visible records")
                .isEqualTo(0.05);
        assertThat(result.totalEstimated()).isTrue();
        assertThat(result.total()).isEqualTo(690_000);
        assertThat(result.facets().get(0).values().get(0).count()).as("a scaled count, rounded too").isEqualTo(690_000);
    }

    @Test
    void estimates_are_said_with_two_significant_digits() {
        assertThat(ElasticsearchExperienceSearch.roughly(0)).isZero();
        assertThat(ElasticsearchExperienceSearch.roughly(87)).isEqualTo(87);
        assertThat(ElasticsearchExperienceSearch.roughly(1_249)).isEqualTo(1_200);
        assertThat(ElasticsearchExperienceSearch.roughly(108_980)).isEqualTo(110_000);
    }

    private SearchResult search(SearchQuery query) {
        return engine().search(query, new Spelling(engine().unknownWords(query), null));
    }

    private ElasticsearchExperienceSearch engine() {
        return new ElasticsearchExperienceSearch(new ElasticsearchJson(client, json, ObservationRegistry.NOOP),
                "experiences", "barometer-profiles", countingThreads, EXACT_COUNT_LIMIT,
                ElasticsearchExperienceSearch.SAMPLED_RECORDS);
    }

    /** The search of the last search's round trips that has {@code field}: the page's sort, the counts' aggs. */
    private JsonNode searchOf(String field) {
        for (int i = multiSearches.size() - 1; i >= 0; i--) {
            for (JsonNode search : multiSearches.get(i)) {
                if (search.has(field)) {
                    return search;
                }
            }
        }
        throw new AssertionError("no search with " + field);
    }

    /** What an index of 1,000,000 visible records, {@link #counted} of them matching, answers to one search. */
    private String answer(JsonNode search) {
        if (search.has("aggs") && countsRefused) {
            return "{\"status\":400,\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"no\"}}";
        }
        if (search.has("aggs")) {
            JsonNode sampler = search.path("aggs").path("sample").path("random_sampler");
            if (sampler.isMissingNode()) {
                return total(counted, "eq") + ",\"aggregations\":{}}";
            }
            long sampled = Math.round(counted * sampler.path("probability").asDouble());
            return "{\"status\":200,\"hits\":{\"hits\":[]},\"aggregations\":{\"sample\":{\"doc_count\":" + sampled
                    + ",\"axis\":{\"values\":{\"buckets\":[{\"key\":\"open-data\",\"doc_count\":" + sampled * 20
                    + "}]}}}}}";
        }
        JsonNode limit = search.path("track_total_hits");
        if (limit.isIntegralNumber()) {
            return counted < limit.asLong() ? total(counted, "eq") + "}" : total(limit.asLong(), "gte") + "}";
        }
        if (search.has("suggest") || search.path("query").has("match_all") || search.has("sort")) {
            String hits = String.join(",", Collections.nCopies(shown,
                    "{\"_id\":\"id\",\"_source\":{\"title\":\"Guichet\"},\"sort\":[1,\"id\"]}"));
            return "{\"status\":200,\"hits\":{\"hits\":[" + hits + "]}}";
        }
        if (search.has("terminate_after")) {
            // The word as typed is the lookup's first clause; its other forms (none for the unknown word here) follow.
            boolean known = !search.path("query").path("bool").path("should").path(0).path("multi_match")
                    .path("query").asString().equals(unknownWord);
            return total(known ? 1 : 0, "eq") + "}";
        }
        // How many records are visible, a page's highlights.
        return total(1_000_000, "eq") + "}";
    }

    private static String total(long value, String relation) {
        return "{\"status\":200,\"hits\":{\"total\":{\"value\":" + value + ",\"relation\":\"" + relation
                + "\"},\"hits\":[]}";
    }
}
