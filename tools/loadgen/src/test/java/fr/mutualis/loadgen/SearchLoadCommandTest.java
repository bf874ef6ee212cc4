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
