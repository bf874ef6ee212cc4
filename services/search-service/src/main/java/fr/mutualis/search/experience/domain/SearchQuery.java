package fr.mutualis.search.experience.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A page of a search. {@link #of} checks every parameter and reports all violations at once.
 *
 * @param text     free text; empty when the caller wants the newest experiences
 * @param page     zero-based page number
 * @param size     number of hits per page, from 1 to {@link #MAX_SIZE}
 * @param filters  facet values asked: values of one facet are OR-ed, facets AND-ed
 * @param sort     by relevance (the default with text) or by date (the default without)
 * @param cursor   where the previous page ended, for pages beyond {@link #MAX_RESULT_WINDOW}, in the same sort; null
 *                 for the first
 * @param archived true to search the archived records instead of the published ones
 * @param demo     null for all records, false to leave the demonstration ones out, true for them only
 * @param peers    the collectivités comparable to one, or null
 * @param expansion what the domain vocabulary adds to the text ({@link #expandedBy}), which is searched without its
 *                  {@link QuestionWords}; none by default
 */
public record SearchQuery(String text, int page, int size, Map<Facet, Set<String>> filters, Sort sort, Cursor cursor,
                          boolean archived, Boolean demo, Peers peers, QueryExpansion expansion) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 500;
    /** Elasticsearch refuses {@code from + size} beyond its result window (index.max_result_window, 10,000). */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public enum Sort { RELEVANCE, DATE }

    /**
     * Same kind, same population band and optionally same région as a collectivité ("comparables à la mienne").
     *
     * @param siren  the collectivité itself, left out of its peers
     * @param region null for every région
     */
    public record Peers(String siren, String kind, String populationBand, String region) {
    }

    public SearchQuery {
        text = text == null ? "" : text.strip();
        expansion = expansion == null ? QueryExpansion.none(QuestionWords.removedFrom(text)) : expansion;
        filters = filters == null || filters.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(filters));
        sort = sort == null ? (text.isEmpty() ? Sort.DATE : Sort.RELEVANCE) : sort;
        List<Violation> violations = violations(text, page, size, sort, cursor);
        if (!violations.isEmpty()) {
            throw new InvalidSearchQueryException(violations);
        }
    }

    /** The same search with another text (a spelling correction), not yet expanded. */
    public SearchQuery withText(String other) {
        return new SearchQuery(other, page, size, filters, sort, cursor, archived, demo, peers, null);
    }

    /** The same search, with what {@code vocabulary} adds to its text. */
    public SearchQuery expandedBy(QueryVocabulary vocabulary) {
        return isListing() ? this
                : new SearchQuery(text, page, size, filters, sort, cursor, archived, demo, peers,
                        vocabulary.expand(QuestionWords.removedFrom(text)));
    }

    public static SearchQuery of(String text, int page, int size) {
        return new SearchQuery(text, page, size, Map.of(), null, null, false, null, null, null);
    }

    /**
     * A query from request parameters: unknown facet values and malformed cursors are violations like the others.
     *
     * @param facetValues parameter name → values, for the {@link Facet} parameters
     */
    public static SearchQuery of(String text, int page, int size, Map<String, List<String>> facetValues, String sort,
                                 String cursor, boolean archived, Boolean demo, Peers peers) {
        List<Violation> violations = new ArrayList<>();
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        facetValues.forEach((parameter, values) -> Facet.byParameter(parameter).ifPresent(facet -> {
            for (String value : values) {
                if (facet.accepts(value)) {
                    filters.computeIfAbsent(facet, f -> new LinkedHashSet<>()).add(value);
                } else {
                    violations.add(new Violation(Violation.Kind.UNKNOWN_VALUE, parameter, 0, value));
                }
            }
        }));
        Sort order = null;
        if (sort != null && !sort.isBlank()) {
            switch (sort) {
                case "pertinence" -> order = Sort.RELEVANCE;
                case "date" -> order = Sort.DATE;
                default -> violations.add(new Violation(Violation.Kind.UNKNOWN_VALUE, "sort", 0, sort));
            }
        }
        Cursor after = null;
        if (cursor != null) {
            after = Cursor.decode(cursor).orElse(null);
            if (after == null) {
                violations.add(new Violation(Violation.Kind.BAD_CURSOR, "cursor", 0, cursor));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidSearchQueryException(violations);
        }
        return new SearchQuery(text, page, size, filters, order, after, archived, demo, peers, null);
    }

    /** True when the query has no text: list the newest experiences. */
    public boolean isListing() {
        return text.isEmpty();
    }

    public int offset() {
        return cursor == null ? page * size : 0;
    }

    private static List<Violation> violations(String text, int page, int size, Sort sort, Cursor cursor) {
        List<Violation> violations = new ArrayList<>();
        if (text.length() > MAX_TEXT_LENGTH) {
            violations.add(new Violation(Violation.Kind.TEXT_TOO_LONG, "q", text.length()));
        }
        if (page < 0) {
            violations.add(new Violation(Violation.Kind.PAGE_NEGATIVE, "page", page));
        }
        if (size < 1 || size > MAX_SIZE) {
            violations.add(new Violation(Violation.Kind.SIZE_OUT_OF_RANGE, "size", size));
        }
        // In long: page + 1 would overflow an int for the largest page, and pass as a negative window.
        if (violations.isEmpty() && cursor == null && ((long) page + 1) * size > MAX_RESULT_WINDOW) {
            violations.add(new Violation(Violation.Kind.BEYOND_RESULT_WINDOW, "page", page));
        }
        if (cursor != null && cursor.sort() != sort) {
            violations.add(new Violation(Violation.Kind.CURSOR_OF_ANOTHER_SORT, "cursor", 0));
        }
        return violations;
    }

    /**
     * One invalid parameter. Carries no human text: the web layer words it for its audience.
     *
     * @param kind      what is wrong
     * @param parameter name of the request parameter
     * @param rejected  the number that was refused (a length for {@link Kind#TEXT_TOO_LONG})
     * @param value     the text that was refused, for {@link Kind#UNKNOWN_VALUE} and {@link Kind#BAD_CURSOR}
     */
    public record Violation(Kind kind, String parameter, long rejected, String value) {
        public enum Kind {
            TEXT_TOO_LONG, PAGE_NEGATIVE, SIZE_OUT_OF_RANGE, BEYOND_RESULT_WINDOW, UNKNOWN_VALUE, BAD_CURSOR,
            CURSOR_OF_ANOTHER_SORT
        }

        public Violation(Kind kind, String parameter, long rejected) {
            this(kind, parameter, rejected, null);
        }
    }
}
