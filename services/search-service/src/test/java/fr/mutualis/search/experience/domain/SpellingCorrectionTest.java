package fr.mutualis.search.experience.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpellingCorrectionTest {

    @Test
    void only_the_corrected_word_is_replaced_the_others_stay_as_typed() {
        assertThat(SpellingCorrection.of("Dématérialisaton des actes", "dematerialisation des actes"))
                .contains("dematerialisation des actes");
        assertThat(SpellingCorrection.of("télémédecine désert médcal", "telemedecine desert medical"))
                .contains("télémédecine désert medical");
        assertThat(SpellingCorrection.of("profil d’achetteur DECP", "profil acheteur decp"))
                .contains("profil d’acheteur DECP");
        assertThat(SpellingCorrection.of("« guicchet » unique ?", "guichet unique"))
                .contains("« guichet » unique ?");
    }

    @Test
    void a_suggestion_that_only_folds_or_inflects_corrects_nothing() {
        assertThat(SpellingCorrection.of("Système d'information géographique", "systeme information geographique"))
                .isEmpty();
        assertThat(SpellingCorrection.of("participation citoyenne", "participation citoyennes")).isEmpty();
        assertThat(SpellingCorrection.of("désert médical", "desert medicale")).isEmpty();
    }

    @Test
    void an_inflection_beside_a_real_correction_stays_as_typed() {
        assertThat(SpellingCorrection.of("particpiation citoyenne", "participation citoyennes"))
                .contains("participation citoyenne");
    }

    @Test
    void words_the_index_splits_otherwise_keep_the_suggestion_as_it_came() {
        assertThat(SpellingCorrection.of("tiers-lieux numériqe", "tiers lieux numerique")).contains("tiers lieux numerique");
        assertThat(SpellingCorrection.of("tiers-lieux", "tiers lieux")).isEmpty();
    }
}
