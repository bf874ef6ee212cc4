package fr.mutualis.search.experience.domain;

import java.util.List;

/**
 * One page of results.
 *
 * @param query the query that produced it
 * @param total number of matching experiences in the whole index
 * @param hits  the experiences of this page, best first (newest first for a listing)
 */
public record SearchResult(SearchQuery query, long total, List<SearchHit> hits) {

    public SearchResult {
        hits = List.copyOf(hits);
    }
}
