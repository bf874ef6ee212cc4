package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code mutualis_fr_stem}: French light stemming (Lucene FrenchLightStemFilter). */
@NamedComponent(FrenchStemTokenFilterFactory.NAME)
public class FrenchStemTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "mutualis_fr_stem";

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.stem(tokenStream);
    }
}
