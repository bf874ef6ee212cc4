package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code mutualis_fr_synonyms}: the Mutualis domain synonyms (THD ↔ très haut débit, démat ↔
 * dématérialisation…), read from {@code synonyms_fr.txt} on the plugin's classpath. It emits a token graph, so it is a
 * search-time filter: Elasticsearch refuses it in an analyzer used at index time. Put it after {@code mutualis_fr_fold}.
 */
@NamedComponent(FrenchSynonymsTokenFilterFactory.NAME)
public class FrenchSynonymsTokenFilterFactory implements TokenFilterFactory {

    public static final String NAME = "mutualis_fr_synonyms";

    public FrenchSynonymsTokenFilterFactory() {
        // Parse the synonyms now, so that a broken file fails the index creation rather than the first query.
        FrenchAnalysis.synonymMap();
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return FrenchAnalysis.synonyms(tokenStream);
    }

    @Override
    public AnalysisMode getAnalysisMode() {
        return AnalysisMode.SEARCH_TIME;
    }
}
