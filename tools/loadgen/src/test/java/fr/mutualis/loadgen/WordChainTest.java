package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordChainTest {

    @Test
    void a_sentence_whose_word_pairs_each_have_one_follower_is_written_again_as_learnt() {
        WordChain chain = new WordChain(List.of("Le syndicat héberge les applications des communes.",
                "Une autre phrase sans rapport."));

        assertThat(chain.continueFrom("Le syndicat forme", 45, new Random(1)))
                .isEqualTo("Le syndicat héberge les applications des communes.");
    }

    @Test
    void a_pair_of_words_continued_in_several_ways_leads_to_sentences_that_no_text_holds() {
        WordChain chain = new WordChain(List.of("Les agents de la mairie ont été formés.",
                "Le portail de la région publie les données."));
        Set<String> written = new HashSet<>();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            written.add(chain.continueFrom("Les agents", 45, random));
        }

        assertThat(written).containsExactlyInAnyOrder("Les agents de la mairie ont été formés.",
                "Les agents de la région publie les données.");
    }

    @Test
    void a_sentence_stops_at_the_longest_asked_and_a_word_alone_is_kept_as_it_is() {
        WordChain chain = new WordChain(List.of("Le syndicat héberge les applications des communes."));

        assertThat(chain.continueFrom("Le syndicat", 4, new Random(3))).isEqualTo("Le syndicat héberge les");
        assertThat(chain.continueFrom(" seul ", 5, new Random(3))).isEqualTo("seul");
    }
}
