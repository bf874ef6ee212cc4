package fr.mutualis.search.experience.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A French noun or adjective in its other numbers and genders, as far as its ending tells them: « sourdes » → sourd,
 * sourde, sourds. A word that no record uses may be a word spelled right whose records use another form (they say
 * « sourds »): it is no typo then, and must not be "corrected" into that other form, nor into another word. Only the
 * regular endings: e, s, es, x after « eu », only x after « au », and « al » ↔ « aux » (« territoriaux »,
 * « territoriale »). A doubled consonant is not undone (« bretonne » → breton), for doubling a letter is also among
 * the commonest typos (« carbonne »).
 */
public final class Inflections {

    /** Tried in this order: « sourdes » loses « es », not « s ». */
    private static final Pattern ENDING = Pattern.compile("(?:es|e|s|x)$");
    /** Shorter bases leave too little of the word to tell it from another (« mises » → mis). */
    private static final int SHORTEST_BASE = 4;

    private Inflections() {
    }

    /** The other forms of {@code word}, in lower case, without the word itself; none when its base is too short. */
    public static List<String> otherThan(String word) {
        String lowerCase = word.toLowerCase(Locale.ROOT);
        String base = ENDING.matcher(lowerCase).replaceFirst("");
        if (base.length() < SHORTEST_BASE) {
            return List.of();
        }
        List<String> forms = new ArrayList<>();
        if (base.endsWith("au")) {
            // « réseau », « réseaux »: no « réseaue » nor « réseaus ».
            forms.addAll(List.of(base, base + "x"));
        } else {
            forms.addAll(List.of(base, base + "e", base + "s", base + "es"));
            if (base.endsWith("eu")) {
                forms.add(base + "x");
            }
        }
        if (base.endsWith("al")) {
            forms.add(base.substring(0, base.length() - 2) + "aux");
        } else if (lowerCase.endsWith("aux") && !lowerCase.endsWith("eaux")) {
            String stem = base.substring(0, base.length() - 2);
            forms.addAll(List.of(stem + "al", stem + "ale", stem + "ales"));
        }
        forms.remove(lowerCase);
        return List.copyOf(forms);
    }
}
