package fr.mutualis.search.shared.web;

import fr.mutualis.search.shared.domain.FacetCounts;
import java.util.List;

/**
 * A facet in the answer of a public search.
 *
 * @param name   the request parameter that filters on it
 * @param title  its French title
 * @param values its values with their counts, counted without its own filter
 */
public record FacetResponse(String name, String title, List<FacetCounts.Value> values) {

    public static FacetResponse of(FacetCounts<?> counts) {
        return new FacetResponse(counts.facet().parameter(), counts.facet().title(), counts.values());
    }
}
