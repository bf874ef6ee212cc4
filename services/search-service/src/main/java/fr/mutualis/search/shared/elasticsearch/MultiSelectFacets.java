package fr.mutualis.search.shared.elasticsearch;

import fr.mutualis.search.shared.domain.FacetCounts;
import fr.mutualis.search.shared.domain.SearchFacet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The facets of a search, counted with multi-select: the values chosen filter the hits through a
 * {@code post_filter}, and each facet is counted under every other facet's filter but not its own, so that choosing
 * a value does not hide its siblings.
 */
public final class MultiSelectFacets<F extends SearchFacet> {

    private final List<F> facets;
    private final int size;

    /** @param size the most values counted per facet */
    public MultiSelectFacets(List<F> facets, int size) {
        this.facets = List.copyOf(facets);
        this.size = size;
    }

    /** The {@code post_filter} of the values chosen, empty when none is. */
    public Optional<Map<String, Object>> postFilter(Map<F, Set<String>> selected) {
        List<Object> filters = filters(selected, null);
        return filters.isEmpty() ? Optional.empty() : Optional.of(Map.of("bool", Map.of("filter", filters)));
    }

    /** The {@code aggs} of the request: per facet, a filter of the others' values around a terms count. */
    public Map<String, Object> aggregations(Map<F, Set<String>> selected) {
        Map<String, Object> aggregations = new LinkedHashMap<>();
        for (F facet : facets) {
            List<Object> others = filters(selected, facet);
            Map<String, Object> scope = others.isEmpty() ? Map.of("match_all", Map.of())
                    : Map.of("bool", Map.of("filter", others));
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("terms", Map.of("field", facet.countField(), "size", size));
            facet.labelField().ifPresent(field -> values.put("aggs",
                    Map.of("label", Map.of("terms", Map.of("field", field, "size", 1)))));
            aggregations.put(facet.parameter(), Map.of("filter", scope, "aggs", Map.of("values", values)));
        }
        return aggregations;
    }

    /** Every facet's counts from the answer's {@code aggregations}, in the facets' order. */
    public List<FacetCounts<F>> counts(JsonNode aggregations, Map<F, Set<String>> selected) {
        List<FacetCounts<F>> counts = new ArrayList<>();
        for (F facet : facets) {
            Set<String> chosen = selected.getOrDefault(facet, Set.of());
            List<FacetCounts.Value> values = new ArrayList<>();
            aggregations.path(facet.parameter()).path("values").path("buckets").forEach(bucket -> {
                String code = bucket.path("key").asString();
                JsonNode label = bucket.path("label").path("buckets");
                values.add(new FacetCounts.Value(code,
                        label.isEmpty() ? facet.label(code) : label.get(0).path("key").asString(),
                        bucket.path("doc_count").asLong(), chosen.contains(code)));
            });
            counts.add(new FacetCounts<>(facet, values));
        }
        return counts;
    }

    /** The filters of the values chosen, but {@code except}'s own. */
    private List<Object> filters(Map<F, Set<String>> selected, F except) {
        List<Object> filters = new ArrayList<>();
        selected.forEach((facet, values) -> {
            if (facet != except && !values.isEmpty()) {
                filters.add(Map.of("terms", Map.of(facet.filterField(), List.copyOf(values))));
            }
        });
        return filters;
    }
}
