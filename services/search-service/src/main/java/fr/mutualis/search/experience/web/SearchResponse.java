package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchResult;

import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/search}.
 *
 * @param query the text searched, empty for a listing of the newest experiences
 * @param total number of matching experiences
 * @param page  zero-based page number
 * @param size  page size asked
 * @param hits  the experiences of the page
 */
public record SearchResponse(String query, long total, int page, int size, List<Hit> hits) {

    static SearchResponse of(SearchResult result) {
        return new SearchResponse(result.query().text(), result.total(), result.query().page(),
                result.query().size(), result.hits().stream().map(Hit::of).toList());
    }

    /**
     * @param highlights {@code title} and {@code summary}: fragments where the matched words are wrapped in
     *                   {@code <mark>…</mark>} and everything else is HTML-escaped; empty lists when nothing matched
     */
    public record Hit(String id, String title, String summary, String siren, List<String> axes, Double score,
                      Map<String, List<String>> highlights) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.id(), hit.title(), hit.summary(), hit.siren(), hit.axes(), hit.score(),
                    Map.of("title", hit.highlights().getOrDefault("title", List.of()),
                            "summary", hit.highlights().getOrDefault("summary", List.of())));
        }
    }
}
