package fr.mutualis.search.analytics.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A query's text as the journal keeps it: lowercase, single spaces, with what could identify a person masked (an
 * e-mail address, a telephone or other long number), at most {@value #MAX_LENGTH} characters. Grouping the same
 * query typed in different cases is a bonus.
 */
public final class KeptQuery {

    public static final int MAX_LENGTH = 120;
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+");
    /** Five digits or more, spaces, dots or dashes between them: a telephone, a social security or account number. */
    private static final Pattern LONG_NUMBER = Pattern.compile("\\+?\\d(?:[ .-]?\\d){4,}");

    private KeptQuery() {
    }

    /** Empty for a text with nothing left to keep. */
    public static Optional<String> of(String text) {
        String kept = LONG_NUMBER.matcher(EMAIL.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("[courriel]"))
                .replaceAll("[numéro]").replaceAll("\\s+", " ");
        if (kept.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(kept.length() <= MAX_LENGTH ? kept : kept.substring(0, MAX_LENGTH));
    }
}
