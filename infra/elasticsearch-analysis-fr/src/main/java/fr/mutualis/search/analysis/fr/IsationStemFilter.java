package fr.mutualis.search.analysis.fr;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Keeps a noun in « -isation » whole, its plural given its singular: the light stemmer cut these nouns onto unrelated
 * words (« mutualisation » became « mutuel », a mutuelle; « organisation » « organ », an organe; « sécurisation »
 * « secu »; « valorisation » « valo »). Not onto their verb either: « dématérialisé », « mutualisé » qualify nearly
 * every record of a digital project, and sharing their stem ranked those records beside the ones about the
 * dématérialisation or the mutualisation itself (tools/relevance, tuning part). Expects folded, lowercase tokens; the
 * stems it gives are keywords, which the light stemmer leaves alone, and so are the words that the override file
 * already stems (« numérisation » → « numeris », as its verb).
 */
final class IsationStemFilter extends TokenFilter {

    private static final String SINGULAR = "isation";
    private static final String PLURAL = "isations";
    /** A root of three letters at least before the suffix (« organ-isation »). */
    private static final int SHORTEST_NOUN = 3 + SINGULAR.length();

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    IsationStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            int singular = endsWith(PLURAL) ? term.length() - 1 : endsWith(SINGULAR) ? term.length() : 0;
            if (singular >= SHORTEST_NOUN) {
                term.setLength(singular);
                keyword.setKeyword(true);
            }
        }
        return true;
    }

    private boolean endsWith(String suffix) {
        int start = term.length() - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (term.charAt(start + i) != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
