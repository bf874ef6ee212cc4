package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchLoadCommandTest {

    @Test
    void flags_and_options_with_their_values_are_known_and_anything_else_is_named() {
        assertThat(SearchLoadCommand.unknownWord(List.of("--indexing", "--rounds", "1", "--test"))).isEmpty();
        assertThat(SearchLoadCommand.unknownWord(List.of("--seconds", "60"))).isEmpty();
        assertThat(SearchLoadCommand.unknownWord(List.of("--indexing", "--round", "1"))).contains("--round");
        assertThat(SearchLoadCommand.unknownWord(List.of("--seconds"))).contains("--seconds");
    }
}
