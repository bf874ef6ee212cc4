package fr.mutualis.search.analysis.fr;

import static fr.mutualis.search.analysis.fr.AnalysisTestSupport.chain;
import static fr.mutualis.search.analysis.fr.AnalysisTestSupport.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.analysis.AnalysisMode;
import org.junit.jupiter.api.Test;

/** Each named token filter, run through its Elasticsearch factory after a standard tokenizer. */
class FrenchTokenFiltersTest {

    private final FrenchElisionTokenFilterFactory elision = new FrenchElisionTokenFilterFactory();
    private final FrenchFoldingTokenFilterFactory fold = new FrenchFoldingTokenFilterFactory();
    private final FrenchStopTokenFilterFactory stop = new FrenchStopTokenFilterFactory();
    private final FrenchStemTokenFilterFactory stem = new FrenchStemTokenFilterFactory();
    private final FrenchSynonymsTokenFilterFactory synonyms = new FrenchSynonymsTokenFilterFactory();

    @Test
    void standardTokenizerKeepsElidedWordsInOneToken() {
        assertThat(terms(chain(in -> in), "L'ouverture qu’il")).containsExactly("L'ouverture", "qu’il");
    }

    @Test
    void elisionRemovesArticlesWithBothApostrophesWhateverTheCase() {
        Analyzer analyzer = chain(elision::create);

        assertThat(terms(analyzer, "L'ouverture d'un portail j'ai qu'il n'est s'ouvre c'est m'a t'a"))
                .containsExactly("ouverture", "un", "portail", "ai", "il", "est", "ouvre", "est", "a", "a");
        assertThat(terms(analyzer, "l’ouverture D’UN QU’IL")).containsExactly("ouverture", "UN", "IL");
        assertThat(terms(analyzer, "jusqu'au lorsqu'il puisqu'elle quoiqu'on"))
                .containsExactly("au", "il", "elle", "on");
        // Only the listed articles: an apostrophe inside another word stays.
        assertThat(terms(analyzer, "aujourd'hui")).containsExactly("aujourd'hui");
    }

    @Test
    void foldLowercasesAndRemovesDiacritics() {
        Analyzer analyzer = chain(fold::create);

        assertThat(terms(analyzer, "Dématérialisation Œuvre Ça GARÇON Noël Français"))
                .containsExactly("dematerialisation", "oeuvre", "ca", "garcon", "noel", "francais");
    }

    @Test
    void stopRemovesFrenchStopWordsInFoldedForm() {
        Analyzer analyzer = chain(in -> stop.create(fold.create(elision.create(in))));

        assertThat(terms(analyzer, "L'ouverture des données à la demande de l'usager étant où"))
                .containsExactly("ouverture", "donnees", "demande", "usager");
        assertThat(FrenchAnalysis.STOP_WORDS.contains("a")).as("folded form of 'à'").isTrue();
        assertThat(FrenchAnalysis.STOP_WORDS.contains("etant")).as("folded form of 'étant'").isTrue();
        assertThat(FrenchAnalysis.STOP_WORDS.contains("donnees")).isFalse();
    }

    @Test
    void stemGivesTheSameStemToSingularAndPlural() {
        Analyzer analyzer = chain(in -> stem.create(fold.create(in)));

        assertThat(terms(analyzer, "collectivité collectivités")).containsExactly("colectivit", "colectivit");
        assertThat(terms(analyzer, "donnée données")).containsExactly("donnee", "donnee");
        assertThat(terms(analyzer, "public publics")).containsExactly("public", "public");
        for (String[] pair : new String[][] {
            {"numérique", "numériques"}, {"acte", "actes"}, {"service", "services"}, {"école", "écoles"},
            {"territoire", "territoires"}, {"réseau", "réseaux"}, {"usager", "usagers"}, {"marché", "marchés"}}) {
            assertThat(terms(analyzer, pair[1])).as(pair[1]).isEqualTo(terms(analyzer, pair[0]));
        }
    }

    @Test
    void stemKeepsApartWhatTheLightStemmerMerges() {
        Analyzer analyzer = chain(in -> stem.create(fold.create(in)));

        assertThat(terms(analyzer, "numérique")).as("not cut down to « num »").containsExactly("numerique");
        for (String[] unrelated : new String[][] {
            {"données", "donne"}, {"formation", "forme"}, {"usagers", "usages"}, {"utilisation", "utile"},
            {"départements", "départ"}, {"environnement", "environ"}, {"communes", "commun"}, {"coopération", "copie"},
            {"indicateurs", "indiquer"}, {"directrice", "directement"}, {"publication", "public"}, {"pays", "payer"},
            {"fonds", "fondation"}, {"génération", "gens"}, {"courrier", "courir"}, {"stationnement", "station"},
            {"entrée", "entre"}, {"basses", "bases"}, {"pass", "passer"}}) {
            assertThat(terms(analyzer, unrelated[0])).as(unrelated[0] + " ≠ " + unrelated[1])
                    .isNotEqualTo(terms(analyzer, unrelated[1]));
        }
        for (String[] family : new String[][] {
            {"participation", "participatif", "participatives"}, {"numérisation", "numériser", "numérisées"},
            {"utilisation", "utiliser", "utilisateurs"}, {"éducation", "éducatif", "éducatives"},
            {"publication", "publier", "publiées"}, {"coopération", "coopérer"}, {"commune", "communes"},
            {"directeur", "directrices"}}) {
            assertThat(terms(analyzer, String.join(" ", family))).as(family[0]).containsOnly(terms(analyzer, family[0]).get(0));
        }
    }

    @Test
    void stemKeepsANounInIsationWholeAndApartFromOtherWords() {
        Analyzer analyzer = chain(in -> stem.create(fold.create(in)));

        assertThat(terms(analyzer, "Mutualisation mutualisations")).containsExactly("mutualisation", "mutualisation");
        for (String[] unrelated : new String[][] {
            {"mutualisation", "mutuelle"}, {"organisation", "organes"}, {"sécurisation", "sécu"},
            {"valorisation", "valo"}, {"mutualisation", "mutualisé"}}) {
            assertThat(terms(analyzer, unrelated[0])).as(unrelated[0] + " ≠ " + unrelated[1])
                    .isNotEqualTo(terms(analyzer, unrelated[1]));
        }
        assertThat(terms(analyzer, "numérisation utilisation")).as("the override file's stems stay")
                .containsExactly("numeris", "utilis");
    }

    @Test
    void synonymsExpandAcronymsAndMultiWordTermsBothWays() {
        Analyzer analyzer = chain(in -> synonyms.create(fold.create(elision.create(in))));

        assertThat(terms(analyzer, "THD")).contains("thd", "tres", "haut", "debit");
        assertThat(terms(analyzer, "très haut débit")).contains("thd", "tres", "haut", "debit");
        assertThat(terms(analyzer, "démat")).containsExactlyInAnyOrder("demat", "dematerialisation");
        assertThat(terms(analyzer, "Dématérialisation")).containsExactlyInAnyOrder("demat", "dematerialisation");
        assertThat(terms(analyzer, "DPO")).contains("dpo", "dpd", "delegue", "protection", "donnees");
        assertThat(terms(analyzer, "délégué à la protection des données")).contains("dpo", "dpd");
        assertThat(terms(analyzer, "système d'information géographique")).contains("sig");
        assertThat(terms(analyzer, "budget")).containsExactly("budget");
    }

    @Test
    void synonymsAreASearchTimeFilter() {
        assertThat(synonyms.getAnalysisMode()).isEqualTo(AnalysisMode.SEARCH_TIME);
        assertThat(stem.getAnalysisMode()).isEqualTo(AnalysisMode.ALL);
    }

    @Test
    void namesAreTheContract() {
        assertThat(elision.name()).isEqualTo("mutualis_fr_elision");
        assertThat(fold.name()).isEqualTo("mutualis_fr_fold");
        assertThat(stop.name()).isEqualTo("mutualis_fr_stop");
        assertThat(stem.name()).isEqualTo("mutualis_fr_stem");
        assertThat(synonyms.name()).isEqualTo("mutualis_fr_synonyms");
        assertThat(new MutualisFrenchAnalyzerFactory().name()).isEqualTo("mutualis_french");
        assertThat(new MutualisFrenchSearchAnalyzerFactory().name()).isEqualTo("mutualis_french_search");
    }
}
