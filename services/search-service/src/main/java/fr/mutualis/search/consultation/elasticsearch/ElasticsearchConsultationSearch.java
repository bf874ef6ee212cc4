package fr.mutualis.search.consultation.elasticsearch;

import fr.mutualis.search.consultation.domain.ConsultationFacet;
import fr.mutualis.search.consultation.domain.ConsultationQuery;
import fr.mutualis.search.consultation.domain.ConsultationSearchEngine;
import fr.mutualis.search.consultation.domain.ConsultationSearchResult;
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
 * The read side of the consultations index: French full-text search (the plugin's analysers) over the objet
 * (boosted), the lots' titles and the buyer's name, and the buyer's reference; the open consultations first; a
 * highlighted objet; facets counted with multi-select (each without its own filter).
 */
public class ElasticsearchConsultationSearch implements ConsultationSearchEngine {

    static final List<String> TEXT_FIELDS = List.of("objet^3", "lots.title", "buyer.name");
    /** What the search sorts and filters on but a reader does not need: left out of every answer. */
    static final List<String> INTERNAL_FIELDS = List.of("openUntil", "cpvPath", "cpvDivisionLabel");
    private static final MultiSelectFacets<ConsultationFacet> FACETS =
            new MultiSelectFacets<>(List.of(ConsultationFacet.values()), 50);

    private final ElasticsearchJson es;
    private final String alias;

    public ElasticsearchConsultationSearch(ElasticsearchJson es, String alias) {
        this.es = es;
        this.alias = alias;
    }

    @Override
    public ConsultationSearchResult search(ConsultationQuery query) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", mainQuery(query));
        body.put("from", query.offset());
        body.put("size", query.size());
        body.put("track_total_hits", true);
        // The questions and answers may be long: a hit leaves them to GET /api/consultations/{id}.
        List<String> excluded = new ArrayList<>(INTERNAL_FIELDS);
        excluded.add("questions");
        body.put("_source", Map.of("excludes", excluded));
        body.put("sort", sort(query));
        FACETS.postFilter(query.filters()).ifPresent(filter -> body.put("post_filter", filter));
        body.put("aggs", FACETS.aggregations(query.filters()));
        if (!query.isListing()) {
            body.put("highlight", FoundDocument.highlight(Map.of("objet", Map.of("number_of_fragments", 0))));
        }
        JsonNode answer = es.search(alias, body);
        List<ConsultationSearchResult.Hit> hits = FoundDocument.all(answer, es.mapper()).stream()
                .map(found -> new ConsultationSearchResult.Hit(found.id(), found.score(), found.highlights(),
                        found.source()))
                .toList();
        return new ConsultationSearchResult(query, FoundDocument.total(answer), hits,
                FACETS.counts(answer.path("aggregations"), query.filters()));
    }

    @Override
    public Optional<Map<String, Object>> find(String id) {
        return es.source(alias, id, INTERNAL_FIELDS);
    }

    /** The text, if any, and the buyers: what scores, and what only filters (the facets count within it). */
    private static Map<String, Object> mainQuery(ConsultationQuery query) {
        Map<String, Object> bool = new LinkedHashMap<>();
        if (!query.buyers().isEmpty()) {
            bool.put("filter", List.of(Map.of("terms", Map.of("buyer.siren", List.copyOf(query.buyers())))));
        }
        if (!query.isListing()) {
            // Every word in the objet, a lot's title or the buyer's name (stemmed: "chaussées" finds "chaussée"),
            // the words in sequence in the objet, or the whole text as the buyer's reference (any case).
            bool.put("should", List.of(
                    Map.of("multi_match", Map.of("query", query.text(), "type", "cross_fields",
                            "fields", TEXT_FIELDS, "operator", "and")),
                    Map.of("match_phrase", Map.of("objet", Map.of("query", query.text(), "slop", 3, "boost", 2))),
                    Map.of("term", Map.of("reference", Map.of("value", query.text(), "boost", 10)))));
            bool.put("minimum_should_match", 1);
        }
        return bool.isEmpty() ? Map.of("match_all", Map.of()) : Map.of("bool", bool);
    }

    /**
     * The open ones first, nearest deadline first ({@code openUntil} is only theirs); then the others, newest
     * publication first. With text, relevance ranks within each group, before the deadline.
     */
    private static List<Object> sort(ConsultationQuery query) {
        List<Object> sort = new ArrayList<>();
        sort.add(Map.of("open", Map.of("order", "desc")));
        if (!query.isListing()) {
            sort.add(Map.of("_score", Map.of("order", "desc")));
        }
        sort.add(Map.of("openUntil", Map.of("order", "asc", "missing", "_last")));
        sort.add(Map.of("publishedAt", Map.of("order", "desc", "missing", "_last")));
        sort.add(Map.of("updatedAt", Map.of("order", "desc")));
        sort.add(Map.of("id", Map.of("order", "asc")));
        return sort;
    }
}
