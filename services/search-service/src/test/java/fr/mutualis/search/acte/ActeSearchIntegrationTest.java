package fr.mutualis.search.acte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.search.support.ActeEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The published actes of the démat service, from real events on the real Kafka to the real Elasticsearch and the
 * public API: French full-text search in the PDF's text with highlights, removal at cancellation, versions that keep
 * the newest state, nothing indexed before publication, dead letters, and French problems for a client's mistakes.
 * Each test uses a collectivité of its own (random SIREN): the shared index's other actes do not count.
 */
class ActeSearchIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = ACTE_TOPIC + ".DLT";
    private static final HttpServer REFERENTIAL = referential();

    @DynamicPropertySource
    static void referentialStandIn(DynamicPropertyRegistry registry) {
        registry.add("mutualis.referential.url", () -> "http://127.0.0.1:" + REFERENTIAL.getAddress().getPort());
    }

    /** Stands in for referential-service: every SIREN is a commune of the Gironde named after it. */
    private static HttpServer referential() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/collectivites/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                String siren = path.substring(path.lastIndexOf('/') + 1);
                byte[] body = """
                        {"siren": "%s", "kind": "commune", "name": "Commune %s",
                         "departement": {"code": "33", "name": "Gironde"},
                         "populationBand": {"code": "moins-3500", "label": "Moins de 3 500 habitants"}}"""
                        .formatted(siren, siren).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    static void stopReferential() {
        REFERENTIAL.stop(0);
    }

    private static String randomSiren() {
        return String.format("%09d", new Random().nextInt(1_000_000_000));
    }

    private static String newActe() {
        return UUID.randomUUID().toString();
    }

    /** Sent to one partition, so that a later event on it shows this one was handled. */
    private static void send(int partition, ActeEvents event) {
        KafkaTestClients.send(ACTE_TOPIC, partition, event.acteId(), event.json(), event.eventId(), event.eventType());
    }

    /**
     * Publishes another acte on the partition and waits until it is searchable: every event sent to that partition
     * before it has been handled.
     */
    private void handledUpTo(int partition) {
        String siren = randomSiren();
        ActeEvents marker = ActeEvents.example("published", newActe(), siren, 12);
        send(partition, marker);
        await().atMost(PATIENCE).until(() -> get("/api/actes/" + marker.acteId()).status() == 200);
    }

    private ServiceHttpClient.Result search(String query) {
        return get("/api/actes?" + query);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Optional<JsonNode> stored(String id) {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/actes/_doc/" + id));
            return Optional.of(JSON.readTree(response.getEntity().getContent()));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_published_acte_is_found_by_a_word_of_its_text_only_with_a_highlight() {
        String siren = randomSiren();
        ActeEvents published = ActeEvents.example("published", newActe(), siren, 12)
                .objet("Règlement des services périscolaires")
                .text("Délibération n° 2026_042. Le conseil municipal fixe les tarifs de la cantine scolaire "
                        + "à compter de la rentrée.");

        send(0, published);

        ServiceHttpClient.Result found = await().atMost(PATIENCE)
                .until(() -> search("q=cantines&siren=" + siren), result -> hit(result, published.acteId()).isPresent());
        assertThat(found.body().get("total").asLong()).isEqualTo(1);
        JsonNode hit = hit(found, published.acteId()).orElseThrow();
        assertThat(hit.get("highlights").get("text").get(0).asString()).contains("<mark>cantine</mark>");
        assertThat(hit.get("highlights").get("objet")).isEmpty();
        assertThat(hit.get("score").isNumber()).isTrue();
        JsonNode acte = hit.get("acte");
        assertThat(acte.get("identifier").asString()).isEqualTo("033-" + siren + "-20261130-2026_042-DE");
        assertThat(acte.get("objet").asString()).isEqualTo("Règlement des services périscolaires");
        assertThat(acte.get("state").asString()).isEqualTo("publie");
        assertThat(acte.get("nature").get("abbreviation").asString()).isEqualTo("DE");
        assertThat(acte.get("matiere").get("code").asString()).isEqualTo("5.7");
        assertThat(acte.get("decisionDate").asString()).isEqualTo("2026-11-30");
        assertThat(acte.get("documents")).hasSize(2);
        assertThat(acte.has("text")).as("the text stays out of the hits").isFalse();
        assertThat(acte.get("collectivite").get("name").asString()).isEqualTo("Commune " + siren);
        assertThat(acte.get("collectivite").get("departement").get("code").asString()).isEqualTo("33");

        JsonNode facets = found.body().get("facets");
        assertThat(facets).extracting(facet -> facet.get("name").asString())
                .containsExactly("nature", "matiere", "siren");
        assertThat(facets.get(0).get("values")).singleElement().satisfies(value -> {
            assertThat(value.get("code").asString()).isEqualTo("DE");
            assertThat(value.get("label").asString()).isEqualTo("Délibérations");
            assertThat(value.get("count").asLong()).isEqualTo(1);
        });
        assertThat(facets.get(1).get("values")).singleElement().satisfies(value -> {
            assertThat(value.get("code").asString()).isEqualTo("5");
            assertThat(value.get("label").asString()).isEqualTo("Institutions et vie politique");
        });
        // Each facet is counted without its own filter: other collectivités' actes about canteens count too.
        JsonNode mine = java.util.stream.StreamSupport.stream(facets.get(2).get("values").spliterator(), false)
                .filter(value -> value.get("code").asString().equals(siren)).findFirst().orElseThrow();
        assertThat(mine.get("label").asString()).isEqualTo("Commune " + siren);
        assertThat(mine.get("count").asLong()).isEqualTo(1);
        assertThat(mine.get("selected").asBoolean()).isTrue();

        // By its identifier (any case) and its numero; by the filters; the whole acte with its text.
        assertThat(hit(search("q=" + encoded("033-" + siren + "-20261130-2026_042-de")), published.acteId())).isPresent();
        assertThat(hit(search("q=2026_042&siren=" + siren), published.acteId())).isPresent();
        assertThat(hit(search("siren=" + siren + "&nature=DE&matiere=5&du=2026-11-30&au=2026-11-30"),
                published.acteId())).isPresent();
        assertThat(search("siren=" + siren + "&nature=AR").body().get("total").asLong()).isZero();
        assertThat(search("siren=" + siren + "&matiere=5.2").body().get("total").asLong()).isZero();
        assertThat(search("siren=" + siren + "&du=2026-12-01").body().get("total").asLong()).isZero();
        ServiceHttpClient.Result one = get("/api/actes/" + published.acteId());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("text").asString()).contains("cantine scolaire");
    }

    @Test
    void a_cancelled_acte_leaves_the_index_and_an_older_event_cannot_bring_it_back() {
        String siren = randomSiren();
        String id = newActe();
        send(0, ActeEvents.example("published", id, siren, 12).text("Installation de bornes de recharge."));
        await().atMost(PATIENCE).until(() -> get("/api/actes/" + id).status() == 200);

        send(0, ActeEvents.example("cancelled", id, siren, 14));
        await().atMost(PATIENCE).until(() -> get("/api/actes/" + id).status() == 404);

        send(0, ActeEvents.example("published", id, siren, 12).text("Installation de bornes de recharge."));
        handledUpTo(0);
        // Reads by id are real-time: the older publication was refused, not merely not yet visible.
        assertThat(get("/api/actes/" + id).status()).isEqualTo(404);
        assertThat(stored(id)).isEmpty();
        // Searches see the index as of its last refresh (1 s).
        await().atMost(PATIENCE).until(() -> search("siren=" + siren).body().get("total").asLong() == 0);
    }

    @Test
    void an_older_publication_does_not_overwrite_the_archived_acte() {
        String siren = randomSiren();
        String id = newActe();
        send(0, ActeEvents.example("archived", id, siren, 13).objet("Objet après archivage"));
        await().atMost(PATIENCE).until(() -> get("/api/actes/" + id).status() == 200);

        send(0, ActeEvents.example("published", id, siren, 12).objet("Objet d'une version antérieure"));
        handledUpTo(0);

        JsonNode acte = get("/api/actes/" + id).body();
        assertThat(acte.get("objet").asString()).isEqualTo("Objet après archivage");
        assertThat(acte.get("state").asString()).isEqualTo("archive");
        assertThat(acte.get("version").asLong()).isEqualTo(13);
        assertThat(stored(id).orElseThrow().get("_version").asLong()).isEqualTo(13);
    }

    @Test
    void an_acte_before_its_publication_indexes_nothing() {
        String siren = randomSiren();
        String id = newActe();
        send(0, ActeEvents.example("transmitted", id, siren, 7));
        handledUpTo(0);

        assertThat(get("/api/actes/" + id).status()).isEqualTo(404);
        assertThat(stored(id)).isEmpty();
        assertThat(search("siren=" + siren).body().get("total").asLong()).isZero();
    }

    @Test
    void a_malformed_event_is_dead_lettered_without_blocking_its_partition() {
        String key = newActe();
        String malformed = "ceci n'est pas un acte {" + key;
        KafkaTestClients.send(ACTE_TOPIC, 1, key, malformed, UUID.randomUUID().toString(), "demat.acte.published");
        String withoutPublication = ActeEvents.example("published", newActe(), randomSiren(), 12).json()
                .replace("\"publication\":", "\"publicationManquante\":");
        String brokenId = JSON.readTree(withoutPublication).get("aggregateId").asString();
        KafkaTestClients.send(ACTE_TOPIC, 1, brokenId, withoutPublication, UUID.randomUUID().toString(),
                "demat.acte.published");

        handledUpTo(1);

        List<ConsumerRecord<String, String>> dead = await().atMost(PATIENCE).until(
                () -> KafkaTestClients.readAll(DEAD_LETTERS),
                records -> records.stream().filter(r -> malformed.equals(r.value())
                        || withoutPublication.equals(r.value())).count() == 2);
        ConsumerRecord<String, String> first = dead.stream().filter(r -> malformed.equals(r.value())).findFirst()
                .orElseThrow();
        assertThat(first.key()).isEqualTo(key);
        assertThat(KafkaTestClients.header(first, "kafka_dlt-original-topic")).isEqualTo(ACTE_TOPIC);
        ConsumerRecord<String, String> second = dead.stream().filter(r -> withoutPublication.equals(r.value()))
                .findFirst().orElseThrow();
        assertThat(KafkaTestClients.header(second, "kafka_dlt-exception-message")).contains("breaks its contract");
        assertThat(get("/api/actes/" + brokenId).status()).isEqualTo(404);
    }

    @Test
    void a_client_mistake_is_a_french_problem() {
        assertInvalid("du=2026-13-45", "du", "n'existe pas");
        assertInvalid("du=30/11/2026", "du", "AAAA-MM-JJ");
        assertInvalid("au=2026-02-30", "au", "n'existe pas");
        assertInvalid("du=2026-12-01&au=2026-11-30", "au", "précède");
        assertInvalid("nature=XX", "nature", "Nature inconnue");
        assertInvalid("matiere=douze", "matiere", "classification des matières");
        assertInvalid("siren=123", "siren", "9 chiffres");
        assertInvalid("q=cantine&q=voirie", "q", "ne prend qu'une valeur : il est donné 2 fois");
        assertInvalid("taille=0", "taille", "entre 1 et 100");
        assertInvalid("taille=1000", "taille", "entre 1 et 100");
        assertInvalid("page=-1", "page", "positif");
        assertInvalid("page=abc", "page", "nombre entier");
        assertInvalid("page=200&taille=100", "page", "trop lointaine");
        assertInvalid("size=20", "size", "n'existe pas");
        assertInvalid("q=" + "a".repeat(501), "q", "500 caractères");

        for (String id : List.of("pas-un-identifiant", UUID.randomUUID().toString())) {
            ServiceHttpClient.Result missing = get("/api/actes/" + id);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.body().get("title").asString()).isEqualTo("Acte introuvable");
        }
    }

    private void assertInvalid(String query, String field, String message) {
        ServiceHttpClient.Result result = search(query);
        assertThat(result.status()).as(query).isEqualTo(400);
        assertThat(result.contentType()).as(query).startsWith("application/problem+json");
        assertThat(result.body().get("title").asString()).as(query).isEqualTo("Requête invalide");
        JsonNode error = result.body().get("errors").get(0);
        assertThat(error.get("field").asString()).as(query).startsWith(field);
        assertThat(error.get("message").asString()).as(query).contains(message);
    }
}
