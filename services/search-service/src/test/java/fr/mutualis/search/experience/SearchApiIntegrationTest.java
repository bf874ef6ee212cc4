package fr.mutualis.search.experience;

import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The HTTP API: listing, paging, French problem details, health, the search page. */
class SearchApiIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void withoutTextListsTheNewestExperiencesFirst() {
        // Far in the future, so that no earlier run's document is newer.
        Instant future = Instant.now().plus(36_500, ChronoUnit.DAYS);
        ExperienceEvents older = aNewExperience().created().title("La plus ancienne des deux").createdAt(future);
        ExperienceEvents newer = aNewExperience().created().title("La plus récente des deux").createdAt(future.plusSeconds(60));
        send(older);
        send(newer);
        await().atMost(PATIENCE).until(() -> indexed(older.aggregateId()).isPresent() && indexed(newer.aggregateId()).isPresent());

        // Indexed is not yet searchable (a get by id is real time, a search waits for the next refresh), and the two
        // events may be indexed in either order: wait until both are searchable.
        JsonNode body = await().atMost(Duration.ofSeconds(10)).until(() -> get("/api/search?size=2").body(),
                b -> b.get("hits").size() == 2 && newer.aggregateId().equals(b.get("hits").get(0).get("id").asString())
                        && older.aggregateId().equals(b.get("hits").get(1).get("id").asString()));

        assertThat(body.get("query").asString()).isEmpty();
        assertThat(body.get("page").asInt()).isZero();
        assertThat(body.get("size").asInt()).isEqualTo(2);
        assertThat(body.get("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(body.get("hits").get(0).get("score").isNull()).isTrue();
        assertThat(body.get("hits").get(0).get("highlights").get("title")).isEmpty();

        JsonNode secondPage = get("/api/search?size=1&page=1").body();
        assertThat(secondPage.get("hits")).hasSize(1);
        assertThat(secondPage.get("hits").get(0).get("id").asString()).isEqualTo(older.aggregateId());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "size=0            | size | Le paramètre « size » doit être compris entre 1 et 100 (reçu : 0).",
            "size=101          | size | Le paramètre « size » doit être compris entre 1 et 100 (reçu : 101).",
            "page=-1           | page | Le paramètre « page » doit être un entier positif ou nul (reçu : -1).",
            "size=abc          | size | « abc » n'est pas un nombre entier valide.",
            "page=200&size=100 | page | La page demandée est trop lointaine",
            "axe=cloud         | axe  | Ce paramètre n'existe pas pour la recherche de retours d'expérience : q, sort,",
            "sort=date&sort=date | sort | Le paramètre « sort » ne prend qu'une valeur : il est donné 2 fois.",
            "sort=             | sort | Le paramètre « sort » est vide : donnez-lui une valeur, ou retirez-le.",
            "axis=             | axis | Le paramètre « axis » est vide : donnez-lui une valeur, ou retirez-le.",
            "demo=oui          | demo | Le paramètre « demo » vaut true ou false (reçu : « oui »).",
            "telQuel=1         | telQuel | Le paramètre « telQuel » vaut true ou false (reçu : « 1 »).",
            "statut=publiee    | statut | Le paramètre « statut » ne prend que la valeur archived",
            "comparableTo=35238 | comparableTo | Le paramètre « comparableTo » doit être le SIREN d'une collectivité",
            "memeRegion=true   | memeRegion | Le paramètre « memeRegion » ne s'emploie qu'avec « comparableTo »"})
    void invalidParametersAnswerAProblemInFrench(String query, String parameter, String reason) {
        ServiceHttpClient.Result result = get("/api/search?q=actes&" + query);

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.body().get("status").asInt()).isEqualTo(400);
        assertThat(result.body().get("title").asString()).isEqualTo("Requête invalide");
        assertThat(result.body().get("detail").asString()).contains(reason);
        assertThat(result.body().get("instance").asString()).isEqualTo("/api/search");
        assertThat(result.body().get("errors").get(0).get("field").asString()).isEqualTo(parameter);
        assertThat(result.body().get("errors").get(0).get("message").asString()).startsWith(reason);
    }

    @Test
    void everyInvalidParameterIsReported() {
        ServiceHttpClient.Result result = get("/api/search?page=-2&size=1000");

        assertThat(result.status()).isEqualTo(400);
        assertThat(result.body().get("errors")).extracting(p -> p.get("field").asString())
                .containsExactly("page", "size");
    }

    @Test
    void everyParameterOfTheSearchIsTakenAndTheExportTakesThemButThePage() {
        String criteria = "q=actes&axis=thd&axis=e-inclusion&kind=commune&sort=date&statut=archived&demo=false"
                + "&telQuel=true";

        assertThat(get("/api/search?" + criteria + "&page=0&size=5").status()).isEqualTo(200);
        assertThat(get("/api/search/export?format=json&" + criteria).status()).isEqualTo(200);
        ServiceHttpClient.Result export = get("/api/search/export?format=xls&page=1&" + criteria);
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.body().get("errors")).extracting(error -> error.get("field").asString())
                .as("every mistake at once").containsExactly("page", "format");
    }

    @Test
    void suggestionsAndSimilarRecordsRefuseWhatTheyDoNotTake() {
        String similar = "/api/experiences/" + java.util.UUID.randomUUID() + "/similaires";
        for (String pathAndQuery : List.of("/api/search/suggestions?q=dem&size=3", similar + "?taille=3",
                similar + "?size=21", similar + "?size=0")) {
            ServiceHttpClient.Result result = get(pathAndQuery);
            assertThat(result.status()).as(pathAndQuery).isEqualTo(400);
            assertThat(result.contentType()).as(pathAndQuery).startsWith("application/problem+json");
        }
        assertThat(get(similar + "?size=20").status()).as("an unknown record, in range").isEqualTo(404);
    }

    @Test
    void anUnknownRouteAnswersAProblemInFrench() {
        ServiceHttpClient.Result result = get("/api/nulle-part");

        assertThat(result.status()).isEqualTo(404);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.body().get("title").asString()).isEqualTo("Ressource introuvable");
        assertThat(result.body().get("detail").asString()).isEqualTo("Aucune ressource ne correspond à cette adresse.");
    }

    @Test
    void anotherMethodAnswersAProblemInFrench() {
        ServiceHttpClient.Result result = request(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/search"))
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertThat(result.status()).isEqualTo(405);
        assertThat(result.contentType()).startsWith("application/problem+json");
        assertThat(result.body().get("title").asString()).isEqualTo("Méthode non autorisée");
        assertThat(result.body().get("detail").asString()).contains("POST", "GET");
    }

    @Test
    void healthReportsElasticsearch() {
        ServiceHttpClient.Result result = get("/actuator/health");

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.body().get("status").asString()).isEqualTo("UP");
        JsonNode elasticsearch = result.body().get("components").get("elasticsearch");
        assertThat(elasticsearch.get("status").asString()).isEqualTo("UP");
        assertThat(elasticsearch.get("details").get("status").asString()).isIn("green", "yellow");
        assertThat(get("/actuator/health/readiness").status()).isEqualTo(200);
    }
}
