package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code mutualis_french_search}, for queries: standard tokenizer → elision → fold → synonyms → stop → stem.
 * Produces the same terms as {@code mutualis_french}, plus the synonym graph.
 */
@NamedComponent(MutualisFrenchSearchAnalyzerFactory.NAME)
public class MutualisFrenchSearchAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "mutualis_french_search";

    public MutualisFrenchSearchAnalyzerFactory() {
        FrenchAnalysis.synonymMap();
    }

    @Override
    public Analyzer create() {
        return FrenchAnalysis.searchAnalyzer();
    }
}
