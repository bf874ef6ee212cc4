package fr.mutualis.search.experience;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.experience.domain.Cursor;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a clumsy client or an attacker sends is answered 4xx in French, never 5xx, and never reaches another endpoint. */
class HostileInputIntegrationTest extends RealStackSpringTest {

    static Stream<Arguments> invalidParameters() {
        byte[] random = new byte[24];
        new Random(7).nextBytes(random);
        String randomCursor = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String byDate = new Cursor(SearchQuery.Sort.DATE, 1_763_625_600_000L, UUID.randomUUID().toString()).encode();
        return Stream.of(
                Arguments.of("/api/search?cursor=Hw", "cursor"),
                Arguments.of("/api/search?q=actes&cursor=" + randomCursor, "cursor"),
                Arguments.of("/api/search?q=actes&cursor=" + byDate, "cursor"),
                Arguments.of("/api/search/export?q=actes&cursor=Hw", "cursor"),
                Arguments.of("/api/search?page=2147483647", "page"),
                Arguments.of("/api/search?size=2147483647", "size"),
                Arguments.of("/api/search?page=-2147483648", "page"),
                Arguments.of("/api/search?page=99999999999", "page"),
                Arguments.of("/api/benchmark?siren=../../_cat/indices", "siren"),
                Arguments.of("/api/benchmark?siren=a%20b", "siren"),
                Arguments.of("/api/benchmark?memeRegion=peut-etre", "memeRegion"),
                Arguments.of("/api/benchmark?memeRegion=true", "memeRegion"),
                Arguments.of("/api/benchmark?comparableTo=3523800", "comparableTo"),
                Arguments.of("/api/benchmark?kind=commune&kind=epci", "kind"),
                Arguments.of("/api/benchmark?profil=eclaireur", "profil"),
                // An empty value is no filter, page or format chosen: refused rather than read as the default.
                Arguments.of("/api/search?page=", "page"),
                Arguments.of("/api/search/export?q=actes&format=", "format"),
                Arguments.of("/api/experiences/" + UUID.randomUUID() + "/similaires?size=", "size"),
                Arguments.of("/api/actes?nature=", "nature"),
                Arguments.of("/api/actes?taille=%20", "taille"),
                Arguments.of("/api/consultations?cpv=", "cpv"),
                Arguments.of("/api/benchmark?kind=", "kind"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidParameters")
    void anInvalidParameterIsAFrenchProblemNamingIt(String pathAndQuery, String parameter) {
        ServiceHttpClient.Result result = get(pathAndQuery);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.body().get("title").asString()).isEqualTo("Requête invalide");
        assertThat(result.body().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a%20b", "_search", "..", "a%3Fpretty", "%2E%2E", "1-1-1-1-1"})
    void anIdThatIsNoRecordIdIsNotFound(String id) {
        ServiceHttpClient.Result result = get("/api/experiences/" + id + "/similaires");

        assertThat(result.status()).isIn(400, 404);
        assertThat(result.contentType()).startsWith("application/problem+json");
    }

    static Stream<String> oddRequests() {
        String manyWords = String.join(" ", IntStream.range(0, 80).mapToObj(i -> "mot" + i + "x").toList());
        String q = URLEncoder.encode(manyWords.substring(0, 500), StandardCharsets.UTF_8);
        return Stream.of("/api/search?q=" + q, "/api/search?q=%22", "/api/search?q=*", "/api/search?q=%7E%2F%5C",
                "/api/search?q=a&sort=autre", "/api/search?demo=peut-etre", "/api/search?year=20240",
                "/api/search?statut=autre", "/api/search?comparableTo=abc", "/api/search?region=" + "r".repeat(300),
                "/api/search?q=a&page=0&size=100&sort=date", "/api/search/suggestions?q=" + q,
                "/api/search/suggestions?q=%22%2A", "/api/search/export?format=json&q=" + q,
                "/api/search/export?format=xls", "/api/experiences/" + UUID.randomUUID() + "/similaires?size=-1",
                "/api/experiences/" + UUID.randomUUID() + "/similaires?size=2147483647",
                "/api/benchmark?kind=" + "k".repeat(300) + "&region=%22&populationBand=*",
                "/api/benchmark?comparableTo=../../_cat", "/api/benchmark?siren=000000000");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddRequests")
    void anOddValueIsNeverAServerError(String pathAndQuery) {
        ServiceHttpClient.Result result = get(pathAndQuery);

        assertThat(result.status()).isLessThan(500);
    }
}
