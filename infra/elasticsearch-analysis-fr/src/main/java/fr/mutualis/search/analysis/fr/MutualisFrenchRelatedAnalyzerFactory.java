package fr.mutualis.search.analysis.fr;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Analyzer {@code mutualis_french_related}, for the clause of related words: standard tokenizer → elision → fold →
 * related vocabulary ({@code related_fr.txt}) → stop → stem. A query on « cybersécurité » also looks for
 * « rançongiciel », « hameçonnage », « RSSI »…, each stemmed like the indexed text.
 */
@NamedComponent(MutualisFrenchRelatedAnalyzerFactory.NAME)
public class MutualisFrenchRelatedAnalyzerFactory implements AnalyzerFactory {

    public static final String NAME = "mutualis_french_related";

    public MutualisFrenchRelatedAnalyzerFactory() {
        // Parse the rules now, so that a broken file fails the index creation rather than the first query.
        FrenchAnalysis.relatedMap();
    }

    @Override
    public Analyzer create() {
        return FrenchAnalysis.relatedAnalyzer();
    }
}
