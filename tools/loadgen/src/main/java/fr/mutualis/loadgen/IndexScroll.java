package fr.mutualis.loadgen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads every document of an index that a query matches, page by page, for the benchmarks that copy an index. */
final class IndexScroll {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 2000;

    /** What is done with one page of hits. */
    interface PageHandler {

        void accept(JsonNode hits) throws Exception;
    }

    private IndexScroll() {
    }

    /**
     * @param query an Elasticsearch query as JSON
     * @return the number of documents handed over
     */
    static long forEachPage(RestClient rest, String index, String query, PageHandler handler) throws Exception {
        long count = 0;
        Request first = new Request("POST", "/" + index + "/_search");
        first.addParameter("scroll", "2m");
        first.setJsonEntity("{\"size\":" + PAGE + ",\"sort\":[\"_doc\"],\"query\":" + query + "}");
        JsonNode page = json(rest.performRequest(first));
        while (!page.path("hits").path("hits").isEmpty()) {
            handler.accept(page.path("hits").path("hits"));
            count += page.path("hits").path("hits").size();
            Request next = new Request("POST", "/_search/scroll");
            next.setJsonEntity("{\"scroll\":\"2m\",\"scroll_id\":\"" + page.path("_scroll_id").asString() + "\"}");
            page = json(rest.performRequest(next));
        }
        Request clear = new Request("DELETE", "/_search/scroll");
        clear.setJsonEntity("{\"scroll_id\":\"" + page.path("_scroll_id").asString() + "\"}");
        rest.performRequest(clear);
        return count;
    }

    static JsonNode json(Response response) throws IOException {
        return JSON.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
    }
}
