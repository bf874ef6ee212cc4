package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code mutualis_french}, for indexing: standard tokenizer → elision → fold → stop → stem.
 * Pair it with {@code mutualis_french_search} as search analyzer.
 */
@NamedComponent(MutualisFrenchAnalyzerFactory.NAME)
public class MutualisFrenchAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "mutualis_french";

    @Override
    public Analyzer create() {
        return FrenchAnalysis.indexAnalyzer();
    }
}
