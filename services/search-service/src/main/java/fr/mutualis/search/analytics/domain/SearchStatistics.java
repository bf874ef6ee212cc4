package fr.mutualis.search.analytics.domain;

import java.time.Instant;
import java.util.List;

/**
 * The journal since a date: what the administrators look at to grow the vocabulary.
 *
 * @param searches        how many searches were kept
 * @param withoutResult   the most frequent queries that found no record, most frequent first
 * @param withoutClick    the most frequent queries that found records but never led to one being opened
 */
public record SearchStatistics(Instant since, long searches, List<QueryCount> withoutResult,
                               List<QueryCount> withoutClick) {

    public SearchStatistics {
        withoutResult = List.copyOf(withoutResult);
        withoutClick = List.copyOf(withoutClick);
    }

    /** @param searches how many times it was searched */
    public record QueryCount(String query, long searches) {
    }
}
