package fr.mutualis.search.acte.domain;

import fr.mutualis.search.shared.domain.ResultWindow;
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
 * @param size    hits per page, 1 to {@link ResultWindow#MAX_SIZE}
 */
public record ActeQuery(String text, Map<ActeFacet, Set<String>> filters, LocalDate from, LocalDate to, int page,
                        int size) {

    public static final int MAX_TEXT_LENGTH = 500;

    public ActeQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null || filters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(filters));
        if (text.length() > MAX_TEXT_LENGTH || !ResultWindow.contains(page, size)
                || (from != null && to != null && from.isAfter(to))) {
            throw new IllegalArgumentException("Invalid acte query: the web layer checks its parameters first");
        }
    }

    public boolean isListing() {
        return text.isEmpty();
    }

    public int offset() {
        return page * size;
    }
}
