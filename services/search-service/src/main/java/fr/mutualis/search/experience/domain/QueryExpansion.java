package fr.mutualis.search.experience.domain;

import java.util.List;

/**
 * What the syndicate's domain vocabulary adds to a query's text.
 *
 * @param alternatives    the text with a term replaced by its synonym or acronym's other form, each searched too
 * @param protectedWords  the query's words to match as written (folded; their singular and plural forms), never by
 *                        their stem
 * @param unprotectedText the text without the protected words, for the clauses that stem: the text itself when
 *                        there are none
 */
public record QueryExpansion(List<String> alternatives, List<String> protectedWords, String unprotectedText) {

    public QueryExpansion {
        alternatives = List.copyOf(alternatives);
        protectedWords = List.copyOf(protectedWords);
    }

    /** Nothing to add: {@code text} is searched as it is. */
    public static QueryExpansion none(String text) {
        return new QueryExpansion(List.of(), List.of(), text);
    }
}
