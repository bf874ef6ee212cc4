package fr.mutualis.search.acte.web;

import fr.mutualis.search.acte.domain.ActeSearchResult;
import fr.mutualis.search.shared.web.FacetResponse;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/actes}.
 *
 * @param query  the text searched, empty for the newest actes
 * @param total  number of matching actes
 * @param page   zero-based page number
 * @param taille page size asked
 * @param hits   the actes of the page
 * @param facets each facet's values with their counts ({@code nature}, {@code matiere} at its first level,
 *               {@code siren} for the collectivités), each counted without its own filter
 */
public record ActeSearchResponse(String query, long total, int page, int taille, List<Hit> hits,
                                 List<FacetResponse> facets) {

    static ActeSearchResponse of(ActeSearchResult result) {
        return new ActeSearchResponse(result.query().text(), result.total(), result.query().page(),
                result.query().size(), result.hits().stream().map(Hit::of).toList(),
                result.facets().stream().map(FacetResponse::of).toList());
    }

    /**
     * @param score      relevance, absent for a listing
     * @param highlights {@code objet} and {@code text}: fragments where the matched words are wrapped in
     *                   {@code <mark>…</mark>} and everything else is HTML-escaped
     * @param acte       the acte as indexed, without its text: identifier, siren, collectivite, nature, matiere,
     *                   numero, objet, decisionDate, publishedAt, state, acknowledgement, documents
     */
    public record Hit(String id, Double score, Map<String, List<String>> highlights, Map<String, Object> acte) {

        static Hit of(ActeSearchResult.Hit hit) {
            return new Hit(hit.id(), hit.score(), Map.of(
                    "objet", hit.highlights().getOrDefault("objet", List.of()),
                    "text", hit.highlights().getOrDefault("text", List.of())), hit.acte());
        }
    }
}
