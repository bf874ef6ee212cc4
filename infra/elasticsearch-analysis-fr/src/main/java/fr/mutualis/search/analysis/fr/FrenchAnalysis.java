package fr.mutualis.search.analysis.fr;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The French analysis chain of Mutualis, at Lucene level. The Elasticsearch named components of this package are thin
 * wrappers around these methods, so that unit tests exercise exactly what Elasticsearch runs.
 *
 * <p>Index time: standard tokenizer → {@link #elision} → {@link #fold} → {@link #stop} → {@link #stem}.<br>
 * Search time: the same chain with {@link #synonyms} between {@link #fold} and {@link #stop}; for the clause of related
 * words, {@link #related} in their place.
 */
public final class FrenchAnalysis {

    /** Classpath location (relative to this class) of the synonyms, in Solr format. */
    public static final String SYNONYMS_RESOURCE = "synonyms_fr.txt";
    /** Classpath location (relative to this class) of the related vocabulary, in Solr format. */
    public static final String RELATED_RESOURCE = "related_fr.txt";
    /** Classpath location (relative to this class) of the stems given instead of the stemmer's: word, tab, stem. */
    public static final String STEM_OVERRIDES_RESOURCE = "stem_overrides_fr.txt";

    /**
     * Articles and conjunctions elided before a vowel: "l'ouverture", "qu'un", "jusqu'au", "lorsqu'il"… Case-insensitive;
     * Lucene's {@link ElisionFilter} cuts at the first apostrophe, typewriter (') or typographic (’).
     */
    public static final CharArraySet ELISION_ARTICLES = CharArraySet.unmodifiableSet(new CharArraySet(
            Arrays.asList("l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu"), true));

    /** Lucene's default French stop words, with their folded form added so that they match after {@link #fold}. */
    public static final CharArraySet STOP_WORDS = foldedStopWords();

    private FrenchAnalysis() {
    }

    /** Removes French elisions: "L'ouverture" → "ouverture", "qu’il" → "il". */
    public static TokenStream elision(TokenStream in) {
        return new ElisionFilter(in, ELISION_ARTICLES);
    }

    /** Lowercases then folds to ASCII: "Dématérialisation" → "dematerialisation", "Œuvre" → "oeuvre". */
    public static TokenStream fold(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Removes French stop words (expects folded, lowercase tokens). Leaves position gaps, like every stop filter. */
    public static TokenStream stop(TokenStream in) {
        return new StopFilter(in, STOP_WORDS);
    }

    /**
     * French light stemming: "collectivites" and "collectivite" → "colectivit"; the words of
     * {@link #STEM_OVERRIDES_RESOURCE} get their stem from there ("numeriques" → "numerique", not "num"), and a noun
     * in "-isation" is kept whole ({@link IsationStemFilter}: "mutualisations" → "mutualisation", not "mutuel").
     */
    public static TokenStream stem(TokenStream in) {
        return new FrenchLightStemFilter(new IsationStemFilter(new StemmerOverrideFilter(in, StemOverridesHolder.MAP)));
    }

    /** Expands the domain synonyms (a token graph: use it at search time only). Expects folded, lowercase tokens. */
    public static TokenStream synonyms(TokenStream in) {
        return new SynonymGraphFilter(in, SynonymsHolder.MAP, true);
    }

    /** The synonyms map, parsed once per class loader from {@link #SYNONYMS_RESOURCE}. */
    public static SynonymMap synonymMap() {
        return SynonymsHolder.MAP;
    }

    /**
     * Expands each word into the words related to it ({@link #RELATED_RESOURCE}): a token graph, for the search-time
     * clause of related words only. Expects folded, lowercase tokens.
     */
    public static TokenStream related(TokenStream in) {
        return new SynonymGraphFilter(in, RelatedHolder.MAP, true);
    }

    /** The related vocabulary, parsed once per class loader from {@link #RELATED_RESOURCE}. */
    public static SynonymMap relatedMap() {
        return RelatedHolder.MAP;
    }

    /** Folds one word the way {@link #fold} does. */
    public static String foldWord(String word) {
        char[] lower = word.toLowerCase(Locale.ROOT).toCharArray();
        char[] out = new char[lower.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
        return new String(out, 0, length);
    }

    /** The index-time analyzer (no synonyms). */
    public static Analyzer indexAnalyzer() {
        return new MutualisFrenchAnalyzer(null);
    }

    /** The search-time analyzer (with synonyms). */
    public static Analyzer searchAnalyzer() {
        return new MutualisFrenchAnalyzer(FrenchAnalysis::synonyms);
    }

    /** The search-time analyzer of the clause of related words (the related vocabulary in place of the synonyms). */
    public static Analyzer relatedAnalyzer() {
        return new MutualisFrenchAnalyzer(FrenchAnalysis::related);
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet source = FrenchAnalyzer.getDefaultStopSet();
        CharArraySet words = new CharArraySet(source.size() * 2, false);
        for (Object word : source) {
            String text = word instanceof char[] chars ? new String(chars) : word.toString();
            words.add(text);
            words.add(foldWord(text));
        }
        return CharArraySet.unmodifiableSet(words);
    }

    /** Standard tokenizer and the analysis chain, with a graph of synonyms or related words, or without. */
    static final class MutualisFrenchAnalyzer extends Analyzer {
        private final UnaryOperator<TokenStream> expansion;

        /** @param expansion {@link #synonyms} or {@link #related} after folding; null for none (index time) */
        MutualisFrenchAnalyzer(UnaryOperator<TokenStream> expansion) {
            this.expansion = expansion;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = fold(elision(source));
            if (expansion != null) {
                stream = expansion.apply(stream);
            }
            return new TokenStreamComponents(source, stem(stop(stream)));
        }

        @Override
        protected TokenStream normalize(String fieldName, TokenStream in) {
            // Used for wildcard, prefix and fuzzy terms: no stop words, no stemming, no synonyms.
            return fold(elision(in));
        }
    }

    /** The stem overrides, read once per class loader. */
    private static final class StemOverridesHolder {
        static final StemmerOverrideFilter.StemmerOverrideMap MAP = load();

        private static StemmerOverrideFilter.StemmerOverrideMap load() {
            try {
                StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
                String[] lines = resourceLines(STEM_OVERRIDES_RESOURCE);
                for (int number = 1; number <= lines.length; number++) {
                    String line = lines[number - 1].strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    String[] wordAndStem = line.split("\\t");
                    if (wordAndStem.length != 2 || !wordAndStem[0].equals(foldWord(wordAndStem[0]))) {
                        throw new IllegalStateException(STEM_OVERRIDES_RESOURCE + " line " + number
                                + ": expected a folded word, a tab and its stem");
                    }
                    builder.add(wordAndStem[0], wordAndStem[1]);
                }
                return builder.build();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot build the stem overrides", e);
            }
        }
    }

    /** The index-time analysis of a rule's term, to compare terms as the index sees them. */
    private static final class StemsHolder {
        static final Analyzer ANALYZER = indexAnalyzer();

        static List<String> stems(String term) {
            List<String> stems = new ArrayList<>();
            try (TokenStream stream = ANALYZER.tokenStream("rule", term)) {
                CharTermAttribute text = stream.addAttribute(CharTermAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    stems.add(text.toString());
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot analyze the rule term " + term, e);
            }
            return stems;
        }
    }

    /** Lazy holder: the synonyms are parsed when the plugin first builds a synonyms filter or search analyzer. */
    private static final class SynonymsHolder {
        static final SynonymMap MAP = parseSolrSynonyms(SYNONYMS_RESOURCE);
    }

    /** Lazy holder: the related vocabulary is parsed when the plugin first builds the related analyzer. */
    private static final class RelatedHolder {
        static final SynonymMap MAP = parseSolrSynonyms(RELATED_RESOURCE);
    }

    /**
     * A group of equivalent terms whose forms the stemmer merges (« tiers-lieu, tiers-lieux »), rewritten so that each
     * form is still recognised in a query but the group gives each stemmed term once: {@code a, b, a2 => a, b}. Listed
     * twice, a term weighed twice what the group's other terms and the query's other words weigh. Other lines (one-way
     * rules, groups without such forms, comments) are kept as they are.
     */
    static String oneTermPerStem(String rule) {
        String content = rule.strip();
        if (content.isEmpty() || content.startsWith("#") || content.contains("=>")) {
            return rule;
        }
        List<String> terms = Arrays.stream(content.split(",")).map(String::strip).filter(term -> !term.isEmpty())
                .toList();
        Map<List<String>, String> firstByStems = new LinkedHashMap<>();
        terms.forEach(term -> firstByStems.putIfAbsent(StemsHolder.stems(term), term));
        if (firstByStems.size() == terms.size()) {
            return rule;
        }
        return String.join(", ", terms) + " => " + String.join(", ", firstByStems.values());
    }

    /**
     * Parses a resource of rules in Solr format next to this class, each line rewritten by {@link #oneTermPerStem} and
     * parsed on its own, so that an error names the line of the file.
     */
    private static SynonymMap parseSolrSynonyms(String resource) {
        // The rules are analyzed like the text they are matched against: tokenized, elisions removed, folded.
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, fold(elision(source)));
            }
        };
        try (ruleAnalyzer) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            String[] lines = resourceLines(resource);
            for (int number = 1; number <= lines.length; number++) {
                try {
                    parser.parse(new StringReader(oneTermPerStem(lines[number - 1])));
                } catch (ParseException e) {
                    throw new IllegalStateException("Invalid synonym rule in " + resource + " at line " + number
                            + ": " + e.getMessage(), e);
                }
            }
            return parser.build();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot parse " + resource, e);
        }
    }

    /** The lines of a UTF-8 resource next to this class; a byte that is not UTF-8 is an error, not a replaced letter. */
    private static String[] resourceLines(String resource) {
        try (InputStream in = FrenchAnalysis.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " next to "
                        + FrenchAnalysis.class.getName());
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(in.readAllBytes())).toString().split("\\R");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
