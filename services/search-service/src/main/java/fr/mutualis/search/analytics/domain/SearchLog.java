package fr.mutualis.search.analytics.domain;

import java.time.Instant;

/** Where the kept searches are (port). */
public interface SearchLog {

    void append(KeptSearch search);

    /** Notes that the search {@code id} led to a record being opened; false when no such search is kept. */
    boolean clicked(String id);

    /** @param size how many queries each list holds at most */
    SearchStatistics statistics(Instant since, int size);
}
