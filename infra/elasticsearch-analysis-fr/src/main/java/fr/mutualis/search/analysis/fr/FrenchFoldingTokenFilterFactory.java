package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code mutualis_fr_fold}: lowercases and folds to ASCII (é → e, œ → oe, ç → c). */
@NamedComponent(FrenchFoldingTokenFilterFactory.NAME)
public class FrenchFoldingTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "mutualis_fr_fold";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.fold(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return FrenchAnalysis.fold(tokenStream);
    }
}
