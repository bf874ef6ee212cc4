package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.domain.SearchHit;
import fr.mutualis.search.experience.domain.SearchResult;
import java.util.List;
import java.util.Map;

/**
 * Body of {@code GET /api/search}.
 *
 * @param query      the text searched, empty for a listing of the newest experiences
 * @param total      number of matching experiences
 * @param totalEstimated the total is an estimate (two significant digits): past 100,000 matching records it is
 *                       counted on a sample, as are the facets' counts whenever the text alone finds that many
 * @param page       zero-based page number
 * @param size       page size asked
 * @param hits       the experiences of the page
 * @param facets     each facet's values with their counts, a facet counted without its own filter
 * @param didYouMean     a corrected query when a word of the text is unknown to the published records, else absent
 * @param correctedQuery the correction whose results these are, because a word typed is in no record ({@code telQuel=true}
 *                       keeps the text as typed); else absent
 * @param nextCursor     pass it as {@code cursor} to get the next page (beyond 10,000 results too); absent on the
 *                       last
 * @param searchId       the search as the journal keeps it (no one is named): send it to {@code POST /api/search/clics}
 *                       when a hit is opened; absent for a listing or a next page
 */
public record SearchResponse(String query, long total, boolean totalEstimated, int page, int size, List<Hit> hits,
                             List<Facet> facets, String didYouMean, String correctedQuery, String nextCursor,
                             String searchId) {

    static SearchResponse of(SearchResult result) {
        return new SearchResponse(result.query().text(), result.total(), result.totalEstimated(), result.query().page(),
                result.query().size(), result.hits().stream().map(Hit::of).toList(),
                result.facets().stream().map(Facet::of).toList(), result.didYouMean(), result.correctedQuery(),
                result.nextCursor(), result.searchId());
    }

    /**
     * @param highlights {@code title}, {@code summary} and {@code description}: fragments where the matched words
     *                   are wrapped in {@code <mark>…</mark>} and everything else is HTML-escaped
     * @param record     the whole record as indexed: collectivité, step, budget, lessons, contact (with consent)…
     */
    public record Hit(String id, String title, String summary, String siren, List<String> axes, Double score,
                      Map<String, List<String>> highlights, Map<String, Object> record) {

        static Hit of(SearchHit hit) {
            return new Hit(hit.id(), hit.title(), hit.summary(), hit.siren(), hit.axes(), hit.score(),
                    Map.of("title", hit.highlights().getOrDefault("title", List.of()),
                            "summary", hit.highlights().getOrDefault("summary", List.of()),
                            "description", hit.highlights().getOrDefault("description", List.of())),
                    hit.document());
        }
    }

    /** @param name the request parameter that filters on it, e.g. {@code axis} */
    public record Facet(String name, String title, List<SearchResult.FacetCounts.Value> values) {

        static Facet of(SearchResult.FacetCounts counts) {
            return new Facet(counts.facet().parameter(), counts.facet().title(), counts.values());
        }
    }
}
