package fr.mutualis.search.consultation.domain;

import fr.mutualis.search.shared.domain.ResultWindow;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A page of the consultations search, its parameters already checked by the web layer.
 *
 * @param text    free text; empty for a listing
 * @param filters facet values asked (CPV ones as {@link Cpv#prefix}): values of one facet OR-ed, facets AND-ed
 * @param buyers  the buyers' SIRENs, empty for every buyer; the facets count within them
 * @param page    zero-based page number
 * @param size    hits per page, 1 to {@link ResultWindow#MAX_SIZE}
 */
public record ConsultationQuery(String text, Map<ConsultationFacet, Set<String>> filters, Set<String> buyers,
                                int page, int size) {

    public static final int MAX_TEXT_LENGTH = 500;

    public ConsultationQuery {
        text = text == null ? "" : text.strip();
        filters = filters == null || filters.isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new EnumMap<>(filters));
        buyers = buyers == null ? Set.of() : Set.copyOf(buyers);
        if (text.length() > MAX_TEXT_LENGTH || !ResultWindow.contains(page, size)) {
            throw new IllegalArgumentException("Invalid consultation query: the web layer checks its parameters first");
        }
    }

    public boolean isListing() {
        return text.isEmpty();
    }

    public int offset() {
        return page * size;
    }
}
