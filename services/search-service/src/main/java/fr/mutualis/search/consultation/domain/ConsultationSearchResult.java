package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.FacetCounts;
import java.util.List;
import java.util.Map;

/**
 * One page of consultations found.
 *
 * @param total  number of matching consultations
 * @param hits   the page's consultations: open ones first (nearest deadline first), then the others
 * @param facets every facet's values with their counts, each counted without its own filter
 */
public record ConsultationSearchResult(ConsultationQuery query, long total, List<Hit> hits,
                                       List<FacetCounts<ConsultationFacet>> facets) {

    public ConsultationSearchResult {
        hits = List.copyOf(hits);
        facets = List.copyOf(facets);
    }

    /**
     * @param score        relevance, null for a listing
     * @param highlights   {@code objet}: the matched words in {@code <mark>…</mark>}, the rest HTML-escaped
     * @param consultation the indexed consultation as plain JSON values, without its questions
     */
    public record Hit(String id, Double score, Map<String, List<String>> highlights,
                      Map<String, Object> consultation) {

        public Hit {
            highlights = highlights == null ? Map.of() : Map.copyOf(highlights);
            consultation = consultation == null ? Map.of() : consultation;
        }
    }
}
