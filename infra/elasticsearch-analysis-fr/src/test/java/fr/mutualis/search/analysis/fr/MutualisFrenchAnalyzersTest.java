package fr.mutualis.search.analysis.fr;

import static fr.mutualis.search.analysis.fr.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two analyzers as Elasticsearch builds them, and a Lucene index searched the way a {@code match} query does
 * (analyzer mutualis_french at index time, mutualis_french_search at search time, synonym phrases generated).
 */
class MutualisFrenchAnalyzersTest {

    private static final String[] TITLES = {
        "Dématérialisation des actes",
        "L'ouverture des données",
        "L'ouverture des données publiques des collectivités",
        "Déploiement du THD en zone rurale",
        "Raccordement au très haut débit des écoles",
        "Nomination du délégué à la protection des données",
        "Notre DPO mutualisé",
        "Portail open data de la métropole",
        "Budget participatif",
        "Plan d'inclusion numérique du département",
        "Médiation numérique en bibliothèque",
    };

    private static final Analyzer INDEX = new MutualisFrenchAnalyzerFactory().create();
    private static final Analyzer SEARCH = new MutualisFrenchSearchAnalyzerFactory().create();
    private static final Analyzer RELATED = new MutualisFrenchRelatedAnalyzerFactory().create();

    private static Directory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(INDEX))) {
            for (String title : TITLES) {
                Document document = new Document();
                document.add(new TextField("title", title, Field.Store.NO));
                document.add(new StoredField("raw", title));
                writer.addDocument(document);
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void indexAnalyzerChainsElisionFoldStopAndStem() {
        assertThat(terms(INDEX, "L'ouverture des données publiques des collectivités"))
                .containsExactly("ouvertur", "donnee", "publiqu", "colectivit");
        assertThat(terms(INDEX, "Dématérialisation des actes")).containsExactly("dematerialisation", "acte");
    }

    @Test
    void indexAnalyzerHasNoSynonyms() {
        assertThat(terms(INDEX, "THD")).containsExactly("thd");
    }

    @Test
    void indexedTermsMatchQueryTerms() {
        assertThat(terms(INDEX, "Dématérialisation des actes")).containsAll(terms(INDEX, "dematerialisation"));
        assertThat(terms(INDEX, "L'ouverture des données")).containsAll(terms(INDEX, "ouverture"));
        assertThat(terms(SEARCH, "l’OUVERTURE")).containsExactly("ouvertur");
    }

    @Test
    void searchAnalyzerExpandsSynonymsThenStems() {
        assertThat(terms(SEARCH, "démat")).containsExactlyInAnyOrder("demat", "dematerialisation");
        assertThat(terms(SEARCH, "THD")).contains("thd", "haut", "debit");
    }

    @Test
    void relatedAnalyzerLinksWordsOfDifferentSynonymGroupsStemmedLikeTheText() {
        assertThat(terms(SEARCH, "cybersécurité")).as("synonyms only").doesNotContain("hameconag", "rssi");
        assertThat(terms(RELATED, "cybersécurité")).contains("cybersecurit", "rancongiciel", "hameconag", "rssi")
                .containsAll(terms(INDEX, "hameçonnage"));
        assertThat(terms(RELATED, "fracture numérique")).containsAll(terms(INDEX, "conseiller"));
        assertThat(terms(RELATED, "archives")).as("a word of no group is left as it is").containsExactly("archiv");
    }

    @Test
    void aGroupGivesEachStemmedTermOnceWhicheverFormIsTyped() {
        // Listed twice, « tiers-lieu » and « tiers-lieux » made the concept weigh twice the query's other words.
        for (String typed : List.of("tiers-lieu", "tiers-lieux", "fablab")) {
            assertThat(terms(SEARCH, typed)).as(typed).containsOnlyOnce("lieu").contains("fablab");
        }
        for (String typed : List.of("médiateurs numériques", "médiateur numérique", "illectronisme")) {
            assertThat(terms(RELATED, typed)).as(typed)
                    .containsOnlyOnce(terms(INDEX, "médiateur").get(0), terms(INDEX, "conseiller").get(0))
                    .contains(terms(INDEX, "illectronisme").get(0));
        }
        assertThat(terms(RELATED, "services communs")).containsOnlyOnce(terms(INDEX, "commun").get(0));
    }

    @Test
    void aRuleIsRewrittenOnlyWhenTheStemmerMergesTwoOfItsTerms() {
        assertThat(FrenchAnalysis.oneTermPerStem("fablab, tiers-lieu, tiers-lieux"))
                .isEqualTo("fablab, tiers-lieu, tiers-lieux => fablab, tiers-lieu");
        assertThat(FrenchAnalysis.oneTermPerStem("demat, dematerialisation")).isEqualTo("demat, dematerialisation");
        assertThat(FrenchAnalysis.oneTermPerStem("a => b, b2")).isEqualTo("a => b, b2");
        assertThat(FrenchAnalysis.oneTermPerStem("# x, x")).isEqualTo("# x, x");
    }

    @Test
    void plainWordsFindTheirDocuments() throws IOException {
        assertThat(search("dematerialisation")).containsExactly("Dématérialisation des actes");
        assertThat(search("ouverture")).containsExactlyInAnyOrder(
                "L'ouverture des données", "L'ouverture des données publiques des collectivités");
        assertThat(search("collectivite")).containsExactly("L'ouverture des données publiques des collectivités");
        assertThat(search("des")).isEmpty();
    }

    @Test
    void dematFindsDematerialisation() throws IOException {
        assertThat(search("démat")).containsExactly("Dématérialisation des actes");
    }

    @Test
    void thdAndTresHautDebitFindEachOther() throws IOException {
        List<String> expected = List.of("Déploiement du THD en zone rurale", "Raccordement au très haut débit des écoles");
        assertThat(search("THD")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("très haut débit")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void dpoAndDelegueALaProtectionDesDonneesFindEachOther() throws IOException {
        List<String> expected = List.of("Nomination du délégué à la protection des données", "Notre DPO mutualisé");
        assertThat(search("DPO")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("DPD")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("délégué à la protection des données")).containsAll(expected);
    }

    @Test
    void donneesOuvertesFindsOpenDataAndTheOpeningOfData() throws IOException {
        List<String> expected = List.of("Portail open data de la métropole", "L'ouverture des données",
                "L'ouverture des données publiques des collectivités");
        assertThat(search("données ouvertes")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("opendata")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void multiWordSynonymsFindEachOther() throws IOException {
        List<String> expected = List.of(
                "Plan d'inclusion numérique du département", "Médiation numérique en bibliothèque");
        assertThat(search("e-inclusion")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("médiation numérique")).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(search("inclusion numérique")).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** Titles matched by {@code text}, like a match query (operator or, synonym phrases). */
    private static List<String> search(String text) throws IOException {
        QueryBuilder builder = new QueryBuilder(SEARCH);
        builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
        Query query = builder.createBooleanQuery("title", text, BooleanClause.Occur.SHOULD);
        List<String> titles = new ArrayList<>();
        if (query == null) {
            return titles;
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
            titles.add(searcher.storedFields().document(hit.doc).get("raw"));
        }
        return titles;
    }
}
