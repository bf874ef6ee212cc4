package fr.mutualis.search.analytics.elasticsearch;

import fr.mutualis.search.analytics.domain.KeptSearch;
import fr.mutualis.search.analytics.domain.SearchLog;
import fr.mutualis.search.analytics.domain.SearchStatistics;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The kept searches, one document each behind the alias {@value #ALIAS}: the query, how many records it found,
 * whether a hit was opened, when. Statistics are aggregations on the query's keyword.
 */
public class ElasticsearchSearchLog implements SearchLog {

    public static final String ALIAS = "search-log";
    /** Queries with results looked at for the « never opened » list: the most frequent ones. */
    private static final int QUERIES_WITH_RESULTS = 1_000;

    private final ElasticsearchJson es;
    private final String alias;

    /** @param alias {@value #ALIAS}, or an index of the same template */
    public ElasticsearchSearchLog(ElasticsearchJson es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    @Override
    public void append(KeptSearch search) {
        es.put(alias, search.id(), Map.of("op_type", "create", "require_alias", "true"), Map.of(
                "query", search.query(), "total", search.total(), "corrected", search.corrected(),
                "at", search.at().toString(), "clicked", false));
    }

    @Override
    public boolean clicked(String id) {
        return es.call("POST", ElasticsearchJson.path(alias, "_update", id), Map.of(),
                Map.of("doc", Map.of("clicked", true)), true) != null;
    }

    @Override
    public SearchStatistics statistics(Instant since, int size) {
        Map<String, Object> byQuery = Map.of("terms", Map.of("field", "query", "size", size));
        Map<String, Object> body = Map.of("size", 0, "track_total_hits", true,
                "query", Map.of("range", Map.of("at", Map.of("gte", since.toString()))),
                "aggs", Map.of(
                        "withoutResult", Map.of("filter", Map.of("term", Map.of("total", 0)),
                                "aggs", Map.of("queries", byQuery)),
                        "withResult", Map.of("filter", Map.of("range", Map.of("total", Map.of("gt", 0))),
                                "aggs", Map.of("queries", Map.of(
                                        "terms", Map.of("field", "query", "size", QUERIES_WITH_RESULTS),
                                        "aggs", Map.of("clicks", Map.of("filter",
                                                Map.of("term", Map.of("clicked", true)))))))));
        JsonNode answer = es.search(alias, body);
        JsonNode aggregations = answer.path("aggregations");
        List<SearchStatistics.QueryCount> withoutResult = new ArrayList<>();
        aggregations.path("withoutResult").path("queries").path("buckets").forEach(bucket -> withoutResult.add(
                new SearchStatistics.QueryCount(bucket.path("key").asString(), bucket.path("doc_count").asLong())));
        List<SearchStatistics.QueryCount> withoutClick = new ArrayList<>();
        aggregations.path("withResult").path("queries").path("buckets").forEach(bucket -> {
            if (withoutClick.size() < size && bucket.path("clicks").path("doc_count").asLong() == 0) {
                withoutClick.add(new SearchStatistics.QueryCount(bucket.path("key").asString(),
                        bucket.path("doc_count").asLong()));
            }
        });
        return new SearchStatistics(since, answer.path("hits").path("total").path("value").asLong(), withoutResult,
                withoutClick);
    }
}
