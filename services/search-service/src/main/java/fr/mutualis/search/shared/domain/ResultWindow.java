package fr.mutualis.search.shared.domain;

/** The pages a public search serves: Elasticsearch refuses {@code from + size} beyond its result window. */
public final class ResultWindow {

    /** {@code index.max_result_window}, Elasticsearch's default. */
    public static final int MAX_RESULTS = 10_000;
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;

    private ResultWindow() {
    }

    /** Whether the page lies within the window; computed in {@code long}, so that no page number overflows. */
    public static boolean contains(int page, int size) {
        return page >= 0 && size >= 1 && size <= MAX_SIZE && ((long) page + 1) * size <= MAX_RESULTS;
    }
}
