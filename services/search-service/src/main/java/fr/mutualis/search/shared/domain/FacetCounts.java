package fr.mutualis.search.shared.domain;

import java.util.List;

/** One facet's values with their counts, as a search answers them. */
public record FacetCounts<F extends SearchFacet>(F facet, List<Value> values) {

    public FacetCounts {
        values = List.copyOf(values);
    }

    /** @param selected the value is among the query's filters */
    public record Value(String code, String label, long count, boolean selected) {
    }
}
