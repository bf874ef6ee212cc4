package fr.mutualis.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class SearchLoadCommandTest {

    @Test
    void flags_and_options_with_their_values_are_known_and_anything_else_is_named() {
        assertThat(SearchLoadCommand.unknownWord(List.of("--indexing", "--rounds", "1", "--test"))).isEmpty();
        assertThat(SearchLoadCommand.unknownWord(List.of("--seconds", "60"))).isEmpty();
        assertThat(SearchLoadCommand.unknownWord(List.of("--indexing", "--round", "1"))).contains("--round");
        assertThat(SearchLoadCommand.unknownWord(List.of("--seconds"))).contains("--seconds");
    }

    @Test
    void each_benchmark_takes_its_own_options_and_says_which_one_it_does_not() {
        assertThat(SearchLoadCommand.mistakeIn(List.of("--corpus", "variants", "--seconds", "30", "--test"))).isEmpty();
        assertThat(SearchLoadCommand.mistakeIn(List.of("--indexing", "--corpus", "variants")))
                .hasValueSatisfying(message -> assertThat(message).startsWith("--corpus ne s'emploie pas avec --indexing"));
        assertThat(SearchLoadCommand.mistakeIn(List.of("--rounds", "3")))
                .hasValueSatisfying(message -> assertThat(message).contains("la recherche à l'échelle"));
        assertThat(SearchLoadCommand.mistakeIn(List.of("--portal", "--indexing")))
                .hasValueSatisfying(message -> assertThat(message).contains("--portal, --indexing"));
        assertThat(SearchLoadCommand.mistakeIn(List.of("--indexing", "--round", "1"))).hasValueSatisfying(message ->
                assertThat(message).contains("unknown option: --round"));
    }

    @Test
    void all_gives_each_benchmark_only_the_options_it_takes() {
        List<String> words = List.of("--all", "--corpus", "variants", "--rounds", "1", "--seconds", "20", "--test");
        assertThat(SearchLoadCommand.mistakeIn(words)).isEmpty();
        assertThat(SearchLoadCommand.benchOf(words)).isEqualTo(SearchLoadCommand.Bench.ALL);
        assertThat(SearchLoadCommand.Bench.SEARCH.own(words)).containsExactly("--corpus", "variants", "--seconds", "20",
                "--test");
        assertThat(SearchLoadCommand.Bench.INDEXING.own(words)).containsExactly("--rounds", "1", "--test");
        assertThat(SearchLoadCommand.Bench.FRESHNESS.own(words)).containsExactly("--seconds", "20", "--test");
    }

    @Test
    void a_refused_connection_anywhere_in_the_causes_says_to_start_the_platform() {
        Exception refused = new ExecutionException(new IOException("send", new ConnectException()));

        assertThat(SearchLoadCommand.unreachablePlatform(refused, false)).hasValueSatisfying(message ->
                assertThat(message).contains("refuse la connexion").contains("./mutualis up)")
                        .contains("./mutualis status)"));
        assertThat(SearchLoadCommand.unreachablePlatform(refused, true)).hasValueSatisfying(message ->
                assertThat(message).contains("./mutualis up --test"));
        assertThat(SearchLoadCommand.unreachablePlatform(new IOException("HTTP 500"), false)).isEmpty();
    }
}
