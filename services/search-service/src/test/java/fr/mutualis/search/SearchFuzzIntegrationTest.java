package fr.mutualis.search;

import fr.mutualis.search.analytics.elasticsearch.ElasticsearchSearchLog;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ServiceEndpoints;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * At least 1,000 hostile requests drawn from the service's own mappings and its OpenAPI document: never a 5xx,
 * always a French problem+json, no echo, and no change in Elasticsearch (indices, aliases and document counts).
 */
class SearchFuzzIntegrationTest extends RealStackSpringTest {

    private static final String GIRONDE = "223300013";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_cleanly_and_change_nothing() {
        TestIssuer issuer = TestIssuer.shared();
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE,
                "219400025");
        return RequestFuzzer.against("search-service", port)
                .endpoints(ServiceEndpoints.withOpenApi(ServiceEndpoints.fromMappings(mappings, "/api/"),
                        "static/openapi.yaml"))
                .callers(new Callers(List.of(issuer.administrator(), issuer.agentOf(GIRONDE)),
                        List.of(issuer.dpo(), issuer.withoutRole(GIRONDE)),
                        List.copyOf(matrix.forgedTokens(GIRONDE).values())))
                .storedState(this::elasticsearchState)
                .requests(1_000)
                .dynamicTests();
    }

    /**
     * Every index with its aliases and document count, but the search journal's: it is the access log of the searches
     * the service accepted (ADR 0031), written off the request's path, so a search made just before a hostile one can
     * land in it during the campaign.
     */
    private Map<String, String> elasticsearchState() {
        try {
            Request indices = new Request("GET", "/_cat/indices");
            indices.addParameter("h", "index,docs.count");
            indices.addParameter("s", "index");
            Request aliases = new Request("GET", "/_cat/aliases");
            aliases.addParameter("h", "alias,index");
            aliases.addParameter("s", "alias");
            return Map.of("indices", read(indices), "aliases", read(aliases));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(Request request) throws IOException {
        String lines = new String(elasticsearch.performRequest(request).getEntity().getContent().readAllBytes(),
                StandardCharsets.UTF_8);
        return lines.lines().filter(line -> !line.startsWith(ElasticsearchSearchLog.ALIAS))
                .collect(java.util.stream.Collectors.joining("\n"));
    }
}
