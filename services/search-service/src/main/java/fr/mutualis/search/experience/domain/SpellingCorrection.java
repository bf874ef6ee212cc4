package fr.mutualis.search.experience.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A spelling suggestion made readable and worth showing. The spelling index gives its words folded (no case, no
 * accent, no elided article, no punctuation): each word it left unchanged, or only changed in number or gender
 * (« citoyenne » → « citoyennes », which the search already treats as one), is given back as typed, and only the
 * corrected words are replaced, written as the records write them (« electronique » → « électronique »), with a
 * capital when the typed word had one. A suggestion that corrects nothing is no correction.
 */
public final class SpellingCorrection {

    /** An elided article, the word, and what sticks to it (« d'information, »). */
    private static final Pattern TOKEN = Pattern.compile("^((?:[cdjlmnst]|qu)['’])?([^\\p{L}\\p{N}]*)(.*?)([^\\p{L}\\p{N}]*)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private SpellingCorrection() {
    }

    /**
     * The text typed with the suggestion's corrections, or empty when it corrects nothing.
     *
     * @param asWritten how the records write a corrected word given folded, or that word when none has it
     */
    public static Optional<String> of(String typed, String suggested, UnaryOperator<String> asWritten) {
        List<String> tokens = Arrays.asList(typed.strip().split("\\s+"));
        List<Integer> wordTokens = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!word(tokens.get(i)).isEmpty()) {
                wordTokens.add(i);
            }
        }
        List<String> suggestions = Arrays.asList(suggested.strip().split("\\s+"));
        if (wordTokens.size() != suggestions.size()) {
            // The index split a word differently (« tiers-lieu »): the suggestion as it came, if it changes a word.
            String typedLetters = wordTokens.stream().map(i -> word(tokens.get(i)))
                    .collect(java.util.stream.Collectors.joining()).replaceAll("[^\\p{L}\\p{N}]", "");
            return typedLetters.equals(fold(suggested).replaceAll("[^\\p{L}\\p{N}]", "")) ? Optional.empty()
                    : Optional.of(suggested.strip());
        }
        List<String> corrected = new ArrayList<>(tokens);
        boolean changed = false;
        for (int n = 0; n < wordTokens.size(); n++) {
            String token = tokens.get(wordTokens.get(n));
            String suggestion = fold(suggestions.get(n));
            if (!same(word(token), suggestion)) {
                Matcher parts = TOKEN.matcher(token);
                parts.matches();
                corrected.set(wordTokens.get(n), nullToEmpty(parts.group(1)) + parts.group(2)
                        + casedAs(parts.group(3), written(suggestion, asWritten)) + parts.group(4));
                changed = true;
            }
        }
        return changed ? Optional.of(String.join(" ", corrected)) : Optional.empty();
    }

    /** The records' writing of a folded word, if it is that word (a lookup that found another is not trusted). */
    private static String written(String folded, UnaryOperator<String> asWritten) {
        String written = asWritten.apply(folded);
        return written != null && fold(written).equals(folded) ? written.toLowerCase(Locale.FRENCH) : folded;
    }

    /** {@code word} with a capital when {@code typed} starts with one. */
    private static String casedAs(String typed, String word) {
        return !typed.isEmpty() && Character.isUpperCase(typed.codePointAt(0)) && !word.isEmpty()
                ? word.substring(0, 1).toUpperCase(Locale.FRENCH) + word.substring(1) : word;
    }

    /** The word of a token as the spelling index reads it: folded, without its elided article nor punctuation. */
    private static String word(String token) {
        Matcher parts = TOKEN.matcher(token);
        return parts.matches() ? fold(parts.group(3)) : fold(token);
    }

    /** The same word, or the same in another number or gender: the search treats them as one. */
    private static boolean same(String typed, String suggested) {
        return typed.equals(suggested)
                || Inflections.otherThan(typed).stream().map(SpellingCorrection::fold).anyMatch(suggested::equals);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .strip();
    }
}
