package fr.mutualis.search.analytics.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeptQueryTest {

    @Test
    void a_query_is_kept_lowercase_with_single_spaces() {
        assertThat(KeptQuery.of("  Tiers-Lieux   en zone RURALE ")).contains("tiers-lieux en zone rurale");
    }

    @Test
    void what_could_name_a_person_is_masked() {
        assertThat(KeptQuery.of("contact jean.dupont@mairie-exemple.fr cantine")).contains("contact [courriel] cantine");
        assertThat(KeptQuery.of("rappeler le 06 12 34 56 78")).contains("rappeler le [numéro]");
        assertThat(KeptQuery.of("dossier 1 85 05 78 006 084 36")).contains("dossier [numéro]");
    }

    @Test
    void short_numbers_and_codes_stay_they_carry_the_need() {
        assertThat(KeptQuery.of("plan 2026 RGAA 4.1 zone 35")).contains("plan 2026 rgaa 4.1 zone 35");
    }

    @Test
    void a_long_query_is_cut_and_an_empty_one_not_kept() {
        assertThat(KeptQuery.of("mot ".repeat(100)).orElseThrow()).hasSize(KeptQuery.MAX_LENGTH);
        assertThat(KeptQuery.of("   ")).isEmpty();
    }
}
