package fr.mutualis.search.experience.elasticsearch;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.experience.domain.SearchResult;
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
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The searches that a search of the benchmark tool sends, Elasticsearch played by a local HTTP server that keeps them
 * and answers every {@code _msearch} with {@link #msearchAnswer}.
 * <ul>
 *   <li>The page and the counts are two searches run side by side, and an index refresh may fall between them: the
 *   total shown must agree with the hits shown whenever the page itself says how many there are.</li>
 *   <li>Their shape is what keeps a search fast on a million records (docs/adr/0034-page-query-of-text-clauses-only.md).
 *   </li>
 * </ul>
 */
class ElasticsearchExperienceSearchTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<String> multiSearches = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private RestClient client;
    private String msearchAnswer;

    @BeforeEach
    void anElasticsearchThatAnswersOneMultiSearch() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            if (exchange.getRequestURI().getPath().endsWith("/_msearch")) {
                multiSearches.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            }
            byte[] body = msearchAnswer.getBytes(StandardCharsets.UTF_8);
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
        client.close();
        server.stop(0);
    }

    @Test
    void a_record_counted_before_the_page_saw_it_is_not_announced_without_being_shown() {
        msearchAnswer = answer(0, 1);

        assertThat(search(SearchQuery.of("", 0, 10)).total()).isZero();
    }

    @Test
    void a_record_shown_before_the_counts_saw_it_is_counted() {
        msearchAnswer = answer(1, 0);

        assertThat(search(SearchQuery.of("", 0, 10)).total()).isEqualTo(1);
    }

    @Test
    void a_short_later_page_counts_the_pages_before_it_and_a_page_past_the_end_keeps_the_counted_total() {
        msearchAnswer = answer(3, 12);
        assertThat(search(SearchQuery.of("", 1, 10)).total()).isEqualTo(13);

        msearchAnswer = answer(0, 12);
        assertThat(search(SearchQuery.of("", 5, 10)).total()).isEqualTo(12);
    }

    @Test
    void a_full_page_keeps_the_counted_total() {
        msearchAnswer = answer(2, 40);

        assertThat(search(SearchQuery.of("", 0, 2)).total()).isEqualTo(40);
    }

    @Test
    void the_page_of_a_word_search_scores_its_words_alone_and_keeps_the_published_records_after() {
        msearchAnswer = answer(0, 0);

        search(SearchQuery.of("RGPD communes", 0, 10));

        JsonNode page = pageAndCounts().get(0);
        assertThat(page.path("query").path("bool").has("filter")).as("no filter beside the words").isFalse();
        assertThat(page.path("query").path("bool").path("should")).isNotEmpty();
        assertThat(page.path("post_filter").toString()).contains("{\"term\":{\"status\":\"published\"}}");
    }

    @Test
    void the_counts_of_a_word_search_keep_the_published_records_and_leave_out_the_words_in_sequence() {
        msearchAnswer = answer(0, 0);

        search(SearchQuery.of("RGPD communes", 0, 10));

        JsonNode counts = pageAndCounts().get(1);
        assertThat(counts.path("query").toString()).contains("{\"term\":{\"status\":\"published\"}}")
                .doesNotContain("\"phrase\"");
        assertThat(pageAndCounts().get(0).path("query").toString()).as("the page ranks with it")
                .contains("\"phrase\"");
    }

    /** The bodies of the last {@code _msearch}: the page's search, then the counts'. */
    private List<JsonNode> pageAndCounts() {
        String[] lines = multiSearches.get(multiSearches.size() - 1).split("\n");
        return List.of(json.readTree(lines[1]), json.readTree(lines[3]));
    }

    private SearchResult search(SearchQuery query) {
        return new ElasticsearchExperienceSearch(new ElasticsearchJson(client, json,
                ObservationRegistry.NOOP), "experiences", "barometer-profiles").search(query);
    }

    /** An {@code _msearch} answer: the page with {@code shown} hits, the counts with a total of {@code counted}. */
    private static String answer(int shown, long counted) {
        String hits = String.join(",", Collections.nCopies(shown,
                "{\"_id\":\"id\",\"_source\":{\"title\":\"Guichet\"},\"sort\":[1,\"id\"]}"));
        return """
                {"responses":[
                  {"status":200,"hits":{"hits":[%s]}},
                  {"status":200,"hits":{"total":{"value":%d,"relation":"eq"},"hits":[]},"aggregations":{}}
                ]}""".formatted(hits, counted);
    }
}
