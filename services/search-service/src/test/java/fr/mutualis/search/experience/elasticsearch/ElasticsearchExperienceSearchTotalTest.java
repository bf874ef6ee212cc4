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
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page and the counts of a search are two searches run side by side, and an index refresh may fall between them.
 * Elasticsearch is played by a local HTTP server answering {@code _msearch} with the two states of such a race: the
 * total shown must agree with the hits shown whenever the page itself says how many there are.
 */
class ElasticsearchExperienceSearchTotalTest {

    private HttpServer server;
    private RestClient client;
    private String msearchAnswer;

    @BeforeEach
    void anElasticsearchThatAnswersOneMultiSearch() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
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

    private SearchResult search(SearchQuery query) {
        return new ElasticsearchExperienceSearch(new ElasticsearchJson(client, JsonMapper.builder().build(),
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
