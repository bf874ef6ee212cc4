package fr.mutualis.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneTypoTest {

    @Test
    void the_longest_word_gets_one_typo_of_each_kind_in_turn() {
        assertThat(OneTypo.of("participation citoyenne", 0)).contains("particpiation citoyenne");
        assertThat(OneTypo.of("participation citoyenne", 1)).contains("particpation citoyenne");
        assertThat(OneTypo.of("participation citoyenne", 2)).contains("particiipation citoyenne");
        assertThat(OneTypo.of("télémédecine désert médical", 0)).contains("téléméedcine désert médical");
    }

    @Test
    void a_query_without_a_long_word_gets_none() {
        assertThat(OneTypo.of("THD", 0)).isEmpty();
        assertThat(OneTypo.of("RGPD communes", 1)).contains("RGPD commnes");
    }

    @Test
    void words_compare_without_case_accents_nor_elided_articles() {
        assertThat(OneTypo.words("Système d’information géographique"))
                .isEqualTo(OneTypo.words("systeme information geographique"));
        assertThat(OneTypo.words("inclusion numérique")).isNotEqualTo(OneTypo.words("inclusion"));
    }
}
