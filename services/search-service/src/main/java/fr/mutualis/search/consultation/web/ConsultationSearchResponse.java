package fr.mutualis.search.consultation.web;

import fr.mutualis.search.consultation.domain.ConsultationSearchResult;
import fr.mutualis.search.shared.web.FacetResponse;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/consultations}.
 *
 * @param query  the text searched, empty for a listing
 * @param total  number of matching consultations
 * @param page   zero-based page number
 * @param taille page size asked
 * @param hits   the consultations of the page: the open ones first
 * @param facets each facet's values with their counts ({@code etat}, {@code procedure}, {@code categorie},
 *               {@code cpv} by division), each counted without its own filter
 */
public record ConsultationSearchResponse(String query, long total, int page, int taille, List<Hit> hits,
                                         List<FacetResponse> facets) {

    static ConsultationSearchResponse of(ConsultationSearchResult result) {
        return new ConsultationSearchResponse(result.query().text(), result.total(), result.query().page(),
                result.query().size(), result.hits().stream().map(Hit::of).toList(),
                result.facets().stream().map(FacetResponse::of).toList());
    }

    /**
     * @param score        relevance, absent for a listing
     * @param highlights   {@code objet}: the matched words wrapped in {@code <mark>…</mark>}, everything else
     *                     HTML-escaped
     * @param consultation the consultation as indexed, without its questions (in {@code /api/consultations/{id}})
     */
    public record Hit(String id, Double score, Map<String, List<String>> highlights,
                      Map<String, Object> consultation) {

        static Hit of(ConsultationSearchResult.Hit hit) {
            return new Hit(hit.id(), hit.score(), Map.of("objet", hit.highlights().getOrDefault("objet", List.of())),
                    hit.consultation());
        }
    }
}
