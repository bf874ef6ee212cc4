package fr.mutualis.search.experience.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A page of a search. Build it with {@link #of(String, int, int)}, which checks every parameter and reports all
 * violations at once.
 *
 * @param text free text; empty when the caller wants the newest experiences
 * @param page zero-based page number
 * @param size number of hits per page, from 1 to {@link #MAX_SIZE}
 */
public record SearchQuery(String text, int page, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT_LENGTH = 500;
    /** Elasticsearch refuses {@code from + size} beyond its result window (index.max_result_window, 10,000). */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        List<Violation> violations = violations(text, page, size);
        if (!violations.isEmpty()) {
            throw new InvalidSearchQueryException(violations);
        }
    }

    public static SearchQuery of(String text, int page, int size) {
        return new SearchQuery(text, page, size);
    }

    /** True when the query has no text: list the newest experiences. */
    public boolean isListing() {
        return text.isEmpty();
    }

    public int offset() {
        return page * size;
    }

    private static List<Violation> violations(String text, int page, int size) {
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
        if (violations.isEmpty() && (long) (page + 1) * size > MAX_RESULT_WINDOW) {
            violations.add(new Violation(Violation.Kind.BEYOND_RESULT_WINDOW, "page", page));
        }
        return violations;
    }

    /**
     * One invalid parameter. Carries no human text: the web layer words it for its audience.
     *
     * @param kind      what is wrong
     * @param parameter name of the request parameter
     * @param rejected  the value that was refused (a length for {@link Kind#TEXT_TOO_LONG})
     */
    public record Violation(Kind kind, String parameter, long rejected) {
        public enum Kind { TEXT_TOO_LONG, PAGE_NEGATIVE, SIZE_OUT_OF_RANGE, BEYOND_RESULT_WINDOW }
    }
}
