package fr.mutualis.search.acte.elasticsearch;

import fr.mutualis.search.acte.domain.ActeFacet;
import fr.mutualis.search.acte.domain.ActeQuery;
import fr.mutualis.search.acte.domain.ActeSearchEngine;
import fr.mutualis.search.acte.domain.ActeSearchResult;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The read side of the actes index: French full-text search (the plugin's analysers, as for the experiences) over
 * the objet (boosted), the text of the PDF, the identifier and the numero; filters; highlights of the objet and the
 * text; facets counted with multi-select (each without its own filter).
 */
public class ElasticsearchActeSearch implements ActeSearchEngine {

    static final List<String> TEXT_FIELDS = List.of("objet^3", "text");
    private static final int FACET_SIZE = 50;

    private final ElasticsearchJson es;
    private final String alias;

    public ElasticsearchActeSearch(ElasticsearchJson es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    @Override
    public ActeSearchResult search(ActeQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", mainQuery(query));
        body.put("from", query.offset());
        body.put("size", query.size());
        body.put("track_total_hits", true);
        // The text may be 100,000 characters: hits carry its highlights, not the text itself.
        body.put("_source", Map.of("excludes", List.of("text")));
        body.put("sort", sort(query));
        List<Object> selected = facetFilters(query, null);
        if (!selected.isEmpty()) {
            body.put("post_filter", Map.of("bool", Map.of("filter", selected)));
        }
        body.put("aggs", facetAggregations(query));
        if (!query.isListing()) {
            body.put("highlight", Map.of("pre_tags", List.of("<mark>"), "post_tags", List.of("</mark>"),
                    "encoder", "html", "fields", Map.of(
                            "objet", Map.of("number_of_fragments", 0),
                            "text", Map.of("fragment_size", 180, "number_of_fragments", 3))));
        }
        JsonNode answer = es.search(alias, body);
        List<ActeSearchResult.Hit> hits = new ArrayList<>();
        answer.path("hits").path("hits").forEach(hit -> hits.add(hit(hit)));
        return new ActeSearchResult(query, answer.path("hits").path("total").path("value").asLong(), hits,
                facets(answer.path("aggregations"), query));
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<Map<String, Object>> find(String id) {
        JsonNode document = es.document(alias, id);
        if (document == null || !document.path("found").asBoolean()) {
            return Optional.empty();
        }
        return Optional.of(es.mapper().convertValue(document.path("_source"), Map.class));
    }

    /** The text, if any, then the decision dates: what scores, and what only filters. */
    private static Map<String, Object> mainQuery(ActeQuery query) {
        Map<String, Object> bool = new LinkedHashMap<>();
        if (query.from() != null || query.to() != null) {
            Map<String, Object> range = new LinkedHashMap<>();
            if (query.from() != null) {
                range.put("gte", query.from().toString());
            }
            if (query.to() != null) {
                range.put("lte", query.to().toString());
            }
            bool.put("filter", List.of(Map.of("range", Map.of("decisionDate", range))));
        }
        if (!query.isListing()) {
            // Every word in the objet or the text (stemmed: "cantines" finds "cantine"), the words in sequence in
            // the objet, or the whole text as an identifier or a numero (keywords, case-insensitive).
            bool.put("should", List.of(
                    Map.of("multi_match", Map.of("query", query.text(), "type", "cross_fields",
                            "fields", TEXT_FIELDS, "operator", "and")),
                    Map.of("match_phrase", Map.of("objet", Map.of("query", query.text(), "slop", 3, "boost", 2))),
                    Map.of("term", Map.of("identifier", Map.of("value", query.text(), "boost", 10))),
                    Map.of("term", Map.of("numero", Map.of("value", query.text(), "boost", 5)))));
            bool.put("minimum_should_match", 1);
        }
        return bool.isEmpty() ? Map.of("match_all", Map.of()) : Map.of("bool", bool);
    }

    private static List<Object> sort(ActeQuery query) {
        List<Object> sort = new ArrayList<>();
        if (!query.isListing()) {
            sort.add(Map.of("_score", Map.of("order", "desc")));
        }
        sort.add(Map.of("decisionDate", Map.of("order", "desc")));
        sort.add(Map.of("publishedAt", Map.of("order", "desc")));
        sort.add(Map.of("id", Map.of("order", "asc")));
        return sort;
    }

    /** The filters of the facets asked, except {@code except}'s own: a facet is counted as if it were not chosen. */
    private static List<Object> facetFilters(ActeQuery query, ActeFacet except) {
        List<Object> filters = new ArrayList<>();
        query.filters().forEach((facet, values) -> {
            if (facet != except) {
                filters.add(Map.of("terms", Map.of(facet.filterField(), List.copyOf(values))));
            }
        });
        return filters;
    }

    private static Map<String, Object> facetAggregations(ActeQuery query) {
        Map<String, Object> aggregations = new LinkedHashMap<>();
        for (ActeFacet facet : ActeFacet.values()) {
            List<Object> others = facetFilters(query, facet);
            Map<String, Object> scope = others.isEmpty() ? Map.of("match_all", Map.of())
                    : Map.of("bool", Map.of("filter", others));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("terms", Map.of("field", facet.countField(), "size", FACET_SIZE));
            facet.labelField().ifPresent(field -> values.put("aggs",
                    Map.of("label", Map.of("terms", Map.of("field", field, "size", 1)))));
            aggregations.put(facet.parameter(), Map.of("filter", scope, "aggs", Map.of("values", values)));
        }
        return aggregations;
    }

    private static List<ActeSearchResult.FacetCounts> facets(JsonNode aggregations, ActeQuery query) {
        List<ActeSearchResult.FacetCounts> facets = new ArrayList<>();
        for (ActeFacet facet : ActeFacet.values()) {
            Set<String> selected = query.filters().getOrDefault(facet, Set.of());
            List<ActeSearchResult.FacetCounts.Value> values = new ArrayList<>();
            aggregations.path(facet.parameter()).path("values").path("buckets").forEach(bucket -> {
                String code = bucket.path("key").asString();
                JsonNode label = bucket.path("label").path("buckets");
                values.add(new ActeSearchResult.FacetCounts.Value(code,
                        label.isEmpty() ? facet.label(code) : label.get(0).path("key").asString(),
                        bucket.path("doc_count").asLong(), selected.contains(code)));
            });
            facets.add(new ActeSearchResult.FacetCounts(facet, values));
        }
        return facets;
    }

    @SuppressWarnings("unchecked")
    private ActeSearchResult.Hit hit(JsonNode hit) {
        Map<String, List<String>> highlights = new LinkedHashMap<>();
        hit.path("highlight").properties().forEach(field -> {
            List<String> fragments = new ArrayList<>();
            field.getValue().forEach(fragment -> fragments.add(fragment.asString()));
            highlights.put(field.getKey(), fragments);
        });
        JsonNode score = hit.path("_score");
        return new ActeSearchResult.Hit(hit.path("_id").asString(), score.isNumber() ? score.asDouble() : null,
                highlights, es.mapper().convertValue(hit.path("_source"), Map.class));
    }
}
