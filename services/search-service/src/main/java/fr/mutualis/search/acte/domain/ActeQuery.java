package fr.mutualis.search.acte.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A page of the actes search, its parameters already checked by the web layer.
 *
 * @param text    free text; empty for the newest actes first
 * @param filters facet values asked: values of one facet OR-ed, facets AND-ed
 * @param from    first decision date, inclusive, or null
 * @param to      last decision date, inclusive, or null
 * @param page    zero-based page number
 * @param size    hits per page, 1 to {@link #MAX_SIZE}
 */
public record ActeQuery(String text, Map<ActeFacet, Set<String>> filters, LocalDate from, LocalDate to, int page,
                        int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 500;
    /** Elasticsearch refuses {@code from + size} beyond its result window (index.max_result_window, 10,000). */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public ActeQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null || filters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(filters));
        if (text.length() > MAX_TEXT_LENGTH || page < 0 || size < 1 || size > MAX_SIZE
                || (long) (page + 1L) * size > MAX_RESULT_WINDOW
                || (from != null && to != null && from.isAfter(to))) {
            throw new IllegalArgumentException("Invalid acte query: the web layer checks its parameters first");
        }
    }

    /** Whether the page lies within the result window Elasticsearch serves. */
    public static boolean withinResultWindow(int page, int size) {
        return ((long) page + 1) * size <= MAX_RESULT_WINDOW;
    }

    public boolean isListing() {
        return text.isEmpty();
    }

    public int offset() {
        return page * size;
    }
}
