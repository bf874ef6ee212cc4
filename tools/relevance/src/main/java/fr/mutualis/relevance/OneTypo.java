package fr.mutualis.relevance;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The typos people make, one per query, always the same for the same query so that runs compare: in the query's
 * longest word (six letters at least), two neighbouring letters swapped, one letter left out or one letter typed twice,
 * near the word's middle.
 */
final class OneTypo {

    private static final int SHORTEST_WORD = 6;

    private OneTypo() {
    }

    /** The query with one typo, the {@code kind}-th of the three (modulo three); empty if no word is long enough. */
    static Optional<String> of(String query, int kind) {
        Optional<String> longest = Arrays.stream(query.split("[^\\p{L}]+"))
                .filter(word -> word.length() >= SHORTEST_WORD)
                .max(Comparator.comparingInt(String::length));
        return longest.map(word -> query.replaceFirst(java.util.regex.Pattern.quote(word),
                java.util.regex.Matcher.quoteReplacement(misspelled(word, Math.floorMod(kind, 3)))));
    }

    private static String misspelled(String word, int kind) {
        int at = word.length() / 2;
        return switch (kind) {
            case 0 -> word.charAt(at) == word.charAt(at + 1) ? word.substring(0, at) + word.substring(at + 1)
                    : word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
            case 1 -> word.substring(0, at) + word.substring(at + 1);
            default -> word.substring(0, at + 1) + word.charAt(at) + word.substring(at + 1);
        };
    }

    /**
     * The words of a text as a spelling correction compares them: lower case, without accents nor elided articles
     * (« d'information » → « information »), which the spelling index drops too.
     */
    static List<String> words(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace('’', '\'');
        return Arrays.stream(folded.split("[^\\p{L}\\p{N}']+"))
                .map(word -> word.replaceFirst("^(?:[cdjlmnst]|qu)'", ""))
                .filter(word -> !word.isBlank()).toList();
    }
}
