package fr.mutualis.search.experience.domain;

import java.util.List;

/**
 * One page of results.
 *
 * @param query      the query that produced it
 * @param total      number of matching experiences in the whole index
 * @param totalEstimated the total is estimated from a sample and rounded to two significant digits: the query found
 *                       too many records to count them all in the time of a search. The facets' counts are estimated
 *                       too (rounded the same way) whenever the query alone finds that many
 * @param hits       the experiences of this page, best first (newest first for a listing)
 * @param facets     every facet with the count of each value, each facet counted without its own filter
 * @param didYouMean     a corrected query when the spelling index knows a likelier one, else null
 * @param correctedQuery the correction whose results these are, because a word typed is in no record; else null
 * @param nextCursor     where to continue after this page, null on the last page
 * @param searchId       the id under which the search journal keeps this search ({@link SearchJournal}), to which
 *                       a click on a hit is reported; null when it keeps none (a listing, a next page)
 */
public record SearchResult(SearchQuery query, long total, boolean totalEstimated, List<SearchHit> hits,
                           List<FacetCounts> facets, String didYouMean, String correctedQuery, String nextCursor,
                           String searchId) {

    public SearchResult {
        hits = List.copyOf(hits);
        facets = facets == null ? List.of() : List.copyOf(facets);
    }

    public SearchResult(SearchQuery query, long total, List<SearchHit> hits, List<FacetCounts> facets,
                        String didYouMean, String correctedQuery, String nextCursor) {
        this(query, total, false, hits, facets, didYouMean, correctedQuery, nextCursor, null);
    }

    /** The same page, kept by the search journal under {@code id}. */
    public SearchResult journaledAs(String id) {
        return new SearchResult(query, total, totalEstimated, hits, facets, didYouMean, correctedQuery, nextCursor, id);
    }

    public SearchResult(SearchQuery query, long total, List<SearchHit> hits) {
        this(query, total, hits, List.of(), null, null, null);
    }

    /** A facet's values with their counts, most frequent first (years newest first). */
    public record FacetCounts(Facet facet, List<Value> values) {

        public FacetCounts {
            values = List.copyOf(values);
        }

        /** @param selected the value is among the query's filters */
        public record Value(String code, String label, long count, boolean selected) {
        }
    }
}
