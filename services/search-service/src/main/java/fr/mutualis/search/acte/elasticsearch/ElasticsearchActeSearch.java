package fr.mutualis.search.acte.elasticsearch;

import fr.mutualis.search.acte.domain.ActeFacet;
import fr.mutualis.search.acte.domain.ActeQuery;
import fr.mutualis.search.acte.domain.ActeSearchEngine;
import fr.mutualis.search.acte.domain.ActeSearchResult;
import fr.mutualis.search.shared.elasticsearch.ElasticsearchJson;
import fr.mutualis.search.shared.elasticsearch.FoundDocument;
import fr.mutualis.search.shared.elasticsearch.MultiSelectFacets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The read side of the actes index: French full-text search (the plugin's analysers, as for the experiences) over
 * the objet (boosted), the text of the PDF, the identifier and the numero; filters; highlights of the objet and the
 * text; facets counted with multi-select (each without its own filter).
 */
public class ElasticsearchActeSearch implements ActeSearchEngine {

    static final List<String> TEXT_FIELDS = List.of("objet^3", "text");
    private static final MultiSelectFacets<ActeFacet> FACETS = new MultiSelectFacets<>(List.of(ActeFacet.values()), 50);

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
        FACETS.postFilter(query.filters()).ifPresent(filter -> body.put("post_filter", filter));
        body.put("aggs", FACETS.aggregations(query.filters()));
        if (!query.isListing()) {
            body.put("highlight", FoundDocument.highlight(Map.of(
                    "objet", Map.of("number_of_fragments", 0),
                    "text", Map.of("fragment_size", 180, "number_of_fragments", 3))));
        }
        JsonNode answer = es.search(alias, body);
        List<ActeSearchResult.Hit> hits = FoundDocument.all(answer, es.mapper()).stream()
                .map(found -> new ActeSearchResult.Hit(found.id(), found.score(), found.highlights(), found.source()))
                .toList();
        return new ActeSearchResult(query, FoundDocument.total(answer), hits,
                FACETS.counts(answer.path("aggregations"), query.filters()));
    }

    @Override
    public Optional<Map<String, Object>> find(String id) {
        return es.source(alias, id, List.of());
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
}
