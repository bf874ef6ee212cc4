package fr.mutualis.search.experience.domain;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a page of results ended, for deep pagination: the sort it belongs to and the sort values of its last hit,
 * opaque to clients (URL-safe base64 of the three joined by a separator they cannot contain).
 *
 * @param sort  the order the page was in: a cursor only continues a search in the same order
 * @param after the last hit's first sort value: its creation time in epoch milliseconds ({@code long}) for
 *              {@link SearchQuery.Sort#DATE}, its finite score ({@code double}) for {@link SearchQuery.Sort#RELEVANCE}
 * @param id    the last hit's record id, the tie-breaker
 */
public record Cursor(SearchQuery.Sort sort, Number after, String id) {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 1000;

    public Cursor {
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String text = String.join(SEPARATOR, sort.name(), after.toString(), id);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor, if the text is one this service could have written: a client's text never reaches Elasticsearch as
     * sort values it cannot use.
     */
    public static Optional<Cursor> decode(String text) {
        if (text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8)
                    .split(SEPARATOR, -1);
            if (parts.length != 3 || !IndexedExperience.isRecordId(parts[2])) {
                return Optional.empty();
            }
            SearchQuery.Sort sort = SearchQuery.Sort.valueOf(parts[0]);
            Number after = parse(sort, parts[1]);
            return Double.isFinite(after.doubleValue()) ? Optional.of(new Cursor(sort, after, parts[2]))
                    : Optional.empty();
        } catch (IllegalArgumentException notOurs) {
            // Bad base64, unknown sort or a value that is not a number (NumberFormatException is one too).
            return Optional.empty();
        }
    }

    /** Not a conditional expression: it would promote the {@code long} to a {@code double}. */
    private static Number parse(SearchQuery.Sort sort, String value) {
        if (sort == SearchQuery.Sort.DATE) {
            return Long.valueOf(value);
        }
        return Double.valueOf(value);
    }
}
