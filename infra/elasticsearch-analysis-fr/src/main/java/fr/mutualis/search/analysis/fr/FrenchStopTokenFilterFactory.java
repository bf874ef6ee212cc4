package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code mutualis_fr_stop}: removes Lucene's French stop words, in their folded form too (use it after mutualis_fr_fold). */
@NamedComponent(FrenchStopTokenFilterFactory.NAME)
public class FrenchStopTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "mutualis_fr_stop";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.stop(tokenStream);
    }
}
