package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code mutualis_fr_elision}: removes French elisions (l', d', qu', jusqu', lorsqu'…, both apostrophes), case-insensitive. */
@NamedComponent(FrenchElisionTokenFilterFactory.NAME)
public class FrenchElisionTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "mutualis_fr_elision";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.elision(tokenStream);
    }

    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return FrenchAnalysis.elision(tokenStream);
    }
}
