package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NeverSeenSpellingsTest {

    @Test
    void each_sending_is_a_new_spelling_of_the_same_words() {
        NeverSeenSpellings spellings = new NeverSeenSpellings();
        Set<String> seen = new HashSet<>();
        seen.add("télémédecine désert médical");
        for (int i = 0; i < 1_000; i++) {
            String spelling = spellings.next("télémédecine désert médical");
            assertThat(seen.add(spelling)).as(spelling).isTrue();
            assertThat(spelling.toLowerCase(Locale.ROOT)).isEqualTo("télémédecine désert médical");
        }
        assertThat(spellings.repeated()).isZero();
    }

    @Test
    void spellings_that_come_back_are_counted_and_clearing_starts_over() {
        NeverSeenSpellings spellings = new NeverSeenSpellings();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            seen.add(spellings.next("DPO ?"));
        }
        // Three letters with a case: eight spellings (the query as written is the eighth, « dpo ? » is the seventh).
        assertThat(seen).hasSize(8).contains("dpo ?", "DPO ?", "dPO ?");
        assertThat(spellings.repeated()).isEqualTo(3);

        spellings.clear();
        assertThat(spellings.next("DPO ?")).isEqualTo("dPO ?");
        assertThat(spellings.repeated()).isZero();
    }
}
