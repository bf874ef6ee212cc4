package fr.mutualis.search.experience.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A French noun or adjective in its other numbers and genders, as far as its ending tells them: « sourdes » → sourd,
 * sourde, sourds; « participatifs » → participative; « financières » → financier. A word that no record uses may be a
 * word spelled right whose records use another form (they say « sourds »): it is no typo then, and must not be
 * "corrected" into that other form, nor into another word.
 *
 * <p>Only the regular endings, each word by the longest one it has. A feminine with a doubled consonant gives its
 * masculine (« bretonne » → breton), never that masculine plus « e »: doubling a letter is also among the commonest
 * typos, and « carbonne » must not become the « carbone » of the records (nor « complette », « complète »).
 */
public final class Inflections {

    /**
     * Each list holds the endings of one way of inflecting, the masculine singular first: a word ending in one of
     * them has the others after the same stem.
     */
    private static final List<List<String>> ENDINGS = List.of(
            List.of("", "e", "s", "es"),
            List.of("al", "ale", "als", "ales", "aux"),
            List.of("au", "aux"),
            List.of("eau", "eaux"),
            List.of("eu", "eue", "eus", "eues", "eux"),
            List.of("eux", "euse", "euses"),
            List.of("eur", "eure", "eurs", "eures", "euse", "euses"),
            List.of("teur", "trice", "teurs", "trices", "teuse", "teuses"),
            List.of("if", "ive", "ifs", "ives"),
            List.of("er", "ère", "ers", "ères"),
            List.of("et", "ète", "ets", "ètes"),
            List.of("el", "elle", "els", "elles"),
            List.of("en", "enne", "ens", "ennes"),
            List.of("on", "onne", "ons", "onnes"));
    /** Shorter masculines or stems leave too little of the word to tell it from another (« mises », « jeux »). */
    private static final int SHORTEST_MASCULINE = 4;
    private static final int SHORTEST_STEM = 2;

    private Inflections() {
    }

    /** The other forms of {@code word}, in lower case, without the word itself; none when it is too short. */
    public static List<String> otherThan(String word) {
        String lowerCase = word.toLowerCase(Locale.ROOT);
        int longest = -1;
        Set<String> forms = new LinkedHashSet<>();
        for (List<String> endings : ENDINGS) {
            String ending = longestEndingOf(lowerCase, endings);
            if (ending == null || ending.length() < longest) {
                continue;
            }
            if (ending.length() > longest) {
                longest = ending.length();
                forms.clear();
            }
            String stem = lowerCase.substring(0, lowerCase.length() - ending.length());
            endings.forEach(other -> forms.add(stem + other));
        }
        forms.remove(lowerCase);
        return List.copyOf(forms);
    }

    /**
     * The longest of {@code endings} that {@code word} ends with (« es » for « mises », not « s »); null if none, if
     * the stem or the masculine it leaves is too short, or if only a regular ending would follow a final x.
     */
    private static String longestEndingOf(String word, List<String> endings) {
        String longest = null;
        for (String ending : endings) {
            if (word.endsWith(ending) && (longest == null || ending.length() > longest.length())) {
                longest = ending;
            }
        }
        // A final x ends a plural (« jeux ») or an invariable word (« choix »): no « jeuxe ».
        if (longest == null || longest.isEmpty() && word.endsWith("x")) {
            return null;
        }
        String stem = word.substring(0, word.length() - longest.length());
        return stem.length() >= SHORTEST_STEM && (stem + endings.get(0)).length() >= SHORTEST_MASCULINE ? longest : null;
    }
}
