package fr.mutualis.search.experience.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CursorTest {

    private static final String ID = UUID.randomUUID().toString();

    @Test
    void readsBackWhatItWrote() {
        Cursor byDate = new Cursor(SearchQuery.Sort.DATE, 1_763_625_600_000L, ID);
        Cursor byScore = new Cursor(SearchQuery.Sort.RELEVANCE, 2.87, ID);

        assertThat(Cursor.decode(byDate.encode())).contains(byDate);
        assertThat(Cursor.decode(byScore.encode())).contains(byScore);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Hw", "abc", "!!!", "", "DATE\u001fnot-a-date\u001fID", "RELEVANCE\u001fNaN\u001fID",
            "RELEVANCE\u001fInfinity\u001fID", "DATE\u001f1.5\u001fID", "OTHER\u001f1\u001fID", "DATE\u001f1\u001fnot-an-id",
            "DATE\u001f1\u001fID\u001fmore", "DATE\u001f\u001fID"})
    void refusesWhatElasticsearchCouldNotUse(String text) {
        String cursor = text.contains("\u001f") ? base64(text.replace("ID", ID)) : text;

        assertThat(Cursor.decode(cursor)).isEmpty();
    }

    @Test
    void refusesRandomBytes() {
        byte[] bytes = new byte[48];
        new java.util.Random(42).nextBytes(bytes);

        assertThat(Cursor.decode(Base64.getUrlEncoder().encodeToString(bytes))).isEmpty();
        assertThat(Cursor.decode("A".repeat(2000))).isEmpty();
    }

    private static String base64(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
