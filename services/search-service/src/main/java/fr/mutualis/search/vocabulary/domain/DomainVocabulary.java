package fr.mutualis.search.vocabulary.domain;

import fr.mutualis.search.experience.domain.QueryExpansion;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The domain vocabulary at one revision ({@code contracts/events/vocabulary.revision.v1.schema.json}), and what it
 * adds to a query. Terms are compared folded (lowercase, no accents), word by word, a plural (« -s », « -x ») equal to
 * its singular. The terms are folded once, when the revision arrives, not at each search.
 */
public final class DomainVocabulary {

    public static final DomainVocabulary EMPTY = new DomainVocabulary(0, List.of());
    /** At most this many rewordings of one query: each is one more clause of the search. */
    public static final int MAX_ALTERNATIVES = 8;

    public static final String SYNONYMS = "synonymes";
    public static final String ACRONYM = "sigle";
    public static final String PROTECTED_WORD = "mot-protege";

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /** @param kind {@value #SYNONYMS}, {@value #ACRONYM} or {@value #PROTECTED_WORD}; other kinds are ignored */
    public record Entry(String kind, List<String> terms) {

        public Entry {
            terms = List.copyOf(terms);
        }
    }

    private final long revision;
    private final List<Entry> entries;
    /** Each synonyms or acronym entry's terms, as folded words. */
    private final List<List<List<String>>> rewordable;
    /** Each protected word, folded. */
    private final List<String> protectedWords;

    public DomainVocabulary(long revision, List<Entry> entries) {
        this.revision = revision;
        this.entries = List.copyOf(entries);
        this.rewordable = this.entries.stream()
                .filter(entry -> SYNONYMS.equals(entry.kind()) || ACRONYM.equals(entry.kind()))
                .map(entry -> entry.terms().stream().map(DomainVocabulary::words).toList())
                .toList();
        this.protectedWords = this.entries.stream()
                .filter(entry -> PROTECTED_WORD.equals(entry.kind()) && !entry.terms().isEmpty())
                .map(entry -> String.join(" ", words(entry.terms().get(0))))
                .toList();
    }

    public long revision() {
        return revision;
    }

    public List<Entry> entries() {
        return entries;
    }

    /** What this vocabulary adds to the query {@code text}. */
    public QueryExpansion expand(String text) {
        List<String> words = words(text);
        // By their singular words: a plural listed beside its singular rewords the query into itself, which weighed its
        // words twice; the stemmer gives both one stem.
        Map<String, String> alternativesBySingular = new LinkedHashMap<>();
        for (List<List<String>> terms : rewordable) {
            rewordings(words, terms).forEach(reworded -> alternativesBySingular.putIfAbsent(singulars(reworded),
                    reworded));
        }
        alternativesBySingular.remove(singulars(String.join(" ", words)));
        List<String> found = new ArrayList<>();
        for (String word : protectedWords) {
            if (words.stream().anyMatch(queried -> sameWord(queried, word))) {
                found.addAll(new LinkedHashSet<>(List.of(word, singular(word), singular(word) + "s")));
            }
        }
        List<String> bounded = alternativesBySingular.values().stream().limit(MAX_ALTERNATIVES).toList();
        if (found.isEmpty()) {
            return new QueryExpansion(bounded, List.of(), text);
        }
        String unprotected = String.join(" ", words.stream()
                .filter(queried -> found.stream().noneMatch(word -> sameWord(queried, word))).toList());
        return new QueryExpansion(bounded, found, unprotected);
    }

    /** The query with the first of {@code terms} it holds replaced, in turn, by each of the others. */
    private static List<String> rewordings(List<String> words, List<List<String>> terms) {
        for (List<String> term : terms) {
            int at = indexOf(words, term);
            if (at < 0) {
                continue;
            }
            List<String> rewordings = new ArrayList<>();
            for (List<String> other : terms) {
                if (other != term) {
                    List<String> reworded = new ArrayList<>(words.subList(0, at));
                    reworded.addAll(other);
                    reworded.addAll(words.subList(at + term.size(), words.size()));
                    rewordings.add(String.join(" ", reworded));
                }
            }
            return rewordings;
        }
        return List.of();
    }

    private static int indexOf(List<String> words, List<String> term) {
        for (int start = 0; !term.isEmpty() && start + term.size() <= words.size(); start++) {
            boolean matches = true;
            for (int i = 0; i < term.size() && matches; i++) {
                matches = sameWord(words.get(start + i), term.get(i));
            }
            if (matches) {
                return start;
            }
        }
        return -1;
    }

    private static boolean sameWord(String a, String b) {
        return a.equals(b) || singular(a).equals(singular(b));
    }

    private static String singulars(String words) {
        return Arrays.stream(words.split(" ")).map(DomainVocabulary::singular).collect(Collectors.joining(" "));
    }

    private static String singular(String word) {
        return word.length() > 3 && (word.endsWith("s") || word.endsWith("x"))
                ? word.substring(0, word.length() - 1) : word;
    }

    /** The folded words of {@code text}: « L'Espace numérique » → [l, espace, numerique]. */
    static List<String> words(String text) {
        String folded = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(folded)).filter(word -> !word.isEmpty()).toList();
    }
}
