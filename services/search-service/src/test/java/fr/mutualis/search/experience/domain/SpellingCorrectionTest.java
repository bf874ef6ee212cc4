package fr.mutualis.search.experience.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SpellingCorrectionTest {

    /** No record's writing known: the corrected words stay as the spelling index gives them, folded. */
    private static final UnaryOperator<String> AS_GIVEN = word -> word;

    @Test
    void only_the_corrected_word_is_replaced_the_others_stay_as_typed() {
        assertThat(SpellingCorrection.of("Dématérialisaton des actes", "dematerialisation des actes", AS_GIVEN))
                .contains("Dematerialisation des actes");
        assertThat(SpellingCorrection.of("télémédecine désert médcal", "telemedecine desert medical", AS_GIVEN))
                .contains("télémédecine désert medical");
        assertThat(SpellingCorrection.of("profil d’achetteur DECP", "profil acheteur decp", AS_GIVEN))
                .contains("profil d’acheteur DECP");
        assertThat(SpellingCorrection.of("« guicchet » unique ?", "guichet unique", AS_GIVEN))
                .contains("« guichet » unique ?");
    }

    @Test
    void a_suggestion_that_only_folds_or_inflects_corrects_nothing() {
        assertThat(SpellingCorrection.of("Système d'information géographique", "systeme information geographique", AS_GIVEN))
                .isEmpty();
        assertThat(SpellingCorrection.of("participation citoyenne", "participation citoyennes", AS_GIVEN)).isEmpty();
        assertThat(SpellingCorrection.of("désert médical", "desert medicale", AS_GIVEN)).isEmpty();
        assertThat(SpellingCorrection.of("budgets participatifs", "budgets participatives", AS_GIVEN)).isEmpty();
        assertThat(SpellingCorrection.of("aides financières", "aides financiers", AS_GIVEN)).isEmpty();
        assertThat(SpellingCorrection.of("services territoriaux", "services territoriale", AS_GIVEN)).isEmpty();
    }

    @Test
    void an_inflection_beside_a_real_correction_stays_as_typed() {
        assertThat(SpellingCorrection.of("particpiation citoyenne", "participation citoyennes", AS_GIVEN))
                .contains("participation citoyenne");
    }

    @Test
    void words_the_index_splits_otherwise_keep_the_suggestion_as_it_came() {
        assertThat(SpellingCorrection.of("tiers-lieux numériqe", "tiers lieux numerique", AS_GIVEN)).contains("tiers lieux numerique");
        assertThat(SpellingCorrection.of("tiers-lieux", "tiers lieux", AS_GIVEN)).isEmpty();
    }

    @Test
    void a_corrected_word_is_written_as_the_records_write_it_with_the_typed_capital() {
        Map<String, String> records = Map.of("electronique", "Électronique", "deliberations", "délibérations",
                "guichet", "marché");
        UnaryOperator<String> asWritten = word -> records.getOrDefault(word, word);

        assertThat(SpellingCorrection.of("parapheur électroonique", "parapheur electronique", asWritten))
                .contains("parapheur électronique");
        assertThat(SpellingCorrection.of("Délibérrations en open data", "deliberations en open data", asWritten))
                .contains("Délibérations en open data");
        assertThat(SpellingCorrection.of("guicchet unique", "guichet unique", asWritten))
                .as("a lookup that found another word is not trusted").contains("guichet unique");
    }
}
