package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.FacetCounts;
import java.util.List;
import java.util.Map;

/**
 * One page of actes found.
 *
 * @param total  number of matching actes
 * @param hits   the page's actes, best first (newest decision first without text)
 * @param facets every facet's values with their counts, each counted without its own filter
 */
public record ActeSearchResult(ActeQuery query, long total, List<Hit> hits, List<FacetCounts<ActeFacet>> facets) {

    public ActeSearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /**
     * @param score      relevance, null for a listing
     * @param highlights {@code objet} and {@code text}: fragments with the matched words in {@code <mark>…</mark>},
     *                   the rest HTML-escaped
     * @param acte       the indexed acte as plain JSON values, without its text
     */
    public record Hit(String id, Double score, Map<String, List<String>> highlights, Map<String, Object> acte) {

        public Hit {
            highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
            acte = acte == null ? Map.of() : acte;
        }
    }
}
