package fr.mutualis.search.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.search.support.ConsultationEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.search.support.ServiceHttpClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The published consultations of the marchés service, from real events on the real Kafka to the real Elasticsearch
 * and the public API: French full-text search with highlights and facets, the open ones first, every event upserting
 * the snapshot at its version, dead letters, and French problems for a client's mistakes. Each test uses a buyer of
 * its own (random SIREN, {@code acheteur=}): the shared index's other consultations do not count.
 */
class ConsultationSearchIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String DEAD_LETTERS = CONSULTATION_TOPIC + ".DLT";

    private static String randomSiren() {
        return String.format("%09d", new Random().nextInt(1_000_000_000));
    }

    private static String newConsultation() {
        return UUID.randomUUID().toString();
    }

    /** Sent to one partition, so that a later event on it shows this one was handled; null lets the key choose. */
    private static void send(Integer partition, ConsultationEvents event) {
        KafkaTestClients.send(CONSULTATION_TOPIC, partition, event.consultationId(), event.json(), event.eventId(),
                event.eventType());
    }

    /**
     * Publishes another consultation on the partition and waits until it can be read: every event sent to that
     * partition before it has been handled.
     */
    private void handledUpTo(int partition) {
        ConsultationEvents marker = ConsultationEvents.example("published", newConsultation(), randomSiren(), 4);
        send(partition, marker);
        await().atMost(PATIENCE).until(() -> get("/api/consultations/" + marker.consultationId()).status() == 200);
    }

    private ServiceHttpClient.Result search(String query) {
        return get("/api/consultations?" + query);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(ServiceHttpClient.Result result) {
        List<String> ids = new ArrayList<>();
        result.body().get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    private static JsonNode facet(ServiceHttpClient.Result result, String name) {
        return StreamSupport.stream(result.body().get("facets").spliterator(), false)
                .filter(facet -> facet.get("name").asString().equals(name)).findFirst().orElseThrow();
    }

    private static Map<String, Long> counts(JsonNode facet) {
        Map<String, Long> counts = new java.util.LinkedHashMap<>();
        facet.get("values").forEach(value -> counts.put(value.get("code").asString(), value.get("count").asLong()));
        return counts;
    }

    private JsonNode stored(String id) {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/consultations/_doc/" + id));
            return JSON.readTree(response.getEntity().getContent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_published_consultation_is_found_by_a_word_of_its_objet_with_a_highlight_and_facets() {
        String buyer = randomSiren();
        ConsultationEvents published = ConsultationEvents.example("published", newConsultation(), buyer, 4)
                .objet("Réfection des chaussées communales et de leurs trottoirs")
                .reference("2026-VOI-" + buyer.substring(0, 3));

        send(null, published);

        ServiceHttpClient.Result found = await().atMost(PATIENCE)
                .until(() -> search("q=chaussee&acheteur=" + buyer), result -> hit(result, published.consultationId())
                        .isPresent());
        assertThat(found.body().get("total").asLong()).isEqualTo(1);
        assertThat(found.body().get("taille").asInt()).isEqualTo(10);
        JsonNode hit = hit(found, published.consultationId()).orElseThrow();
        assertThat(hit.get("highlights").get("objet").get(0).asString())
                .isEqualTo("Réfection des <mark>chaussées</mark> communales et de leurs trottoirs");
        assertThat(hit.get("score").isNumber()).isTrue();
        JsonNode consultation = hit.get("consultation");
        assertThat(consultation.get("buyer").get("siren").asString()).isEqualTo(buyer);
        assertThat(consultation.get("buyer").get("name").asString()).isEqualTo("Département de la Gironde");
        assertThat(consultation.get("state").asString()).isEqualTo("publiee");
        assertThat(consultation.get("open").asBoolean()).isTrue();
        assertThat(consultation.get("cpv").asString()).isEqualTo("72267000-4");
        assertThat(consultation.get("cpvDivision").asString()).isEqualTo("72");
        assertThat(consultation.get("deadline").asString()).isEqualTo("2027-01-15T12:00:00+01:00");
        assertThat(consultation.get("estimatedAmount").asDouble()).isEqualTo(240000.0);
        assertThat(consultation.get("lots")).hasSize(2);
        assertThat(consultation.get("dce")).hasSize(1);
        assertThat(consultation.get("version").asLong()).isEqualTo(4);
        assertThat(consultation.has("questions")).as("the questions stay out of the hits").isFalse();
        assertThat(consultation.has("openUntil") || consultation.has("cpvPath")).as("internal fields").isFalse();

        assertThat(found.body().get("facets")).extracting(facet -> facet.get("name").asString())
                .containsExactly("etat", "procedure", "categorie", "cpv");
        assertThat(facet(found, "etat").get("values")).singleElement().satisfies(value -> {
            assertThat(value.get("code").asString()).isEqualTo("publiee");
            assertThat(value.get("label").asString()).isEqualTo("Publiée");
            assertThat(value.get("count").asLong()).isEqualTo(1);
        });
        assertThat(counts(facet(found, "procedure"))).isEqualTo(Map.of("Appel d'offres ouvert", 1L));
        assertThat(counts(facet(found, "categorie"))).isEqualTo(Map.of("services", 1L));
        assertThat(facet(found, "cpv").get("values")).singleElement().satisfies(value -> {
            assertThat(value.get("code").asString()).isEqualTo("72");
            assertThat(value.get("label").asString()).startsWith("Services de technologies de l'information");
        });

        // By a lot's title, the buyer's name, its reference (any case); by every filter, at any CPV level.
        String mine = "&acheteur=" + buyer;
        assertThat(hit(search("q=infogerance" + mine), published.consultationId())).isPresent();
        assertThat(hit(search("q=" + encoded("département gironde") + mine), published.consultationId())).isPresent();
        assertThat(hit(search("q=" + encoded("2026-voi-" + buyer.substring(0, 3)) + mine),
                published.consultationId())).isPresent();
        for (String filter : List.of("etat=publiee", "categorie=services", "cpv=72", "cpv=7226", "cpv=72000000",
                "cpv=72267000-4", "procedure=" + encoded("Appel d'offres ouvert"), "etat=publiee&etat=attribuee")) {
            assertThat(hit(search(filter + mine), published.consultationId())).as(filter).isPresent();
        }
        for (String filter : List.of("etat=attribuee", "categorie=travaux", "cpv=45", "cpv=7227",
                "procedure=" + encoded("Procédure adaptée"))) {
            assertThat(search(filter + mine).body().get("total").asLong()).as(filter).isZero();
        }
        ServiceHttpClient.Result selected = search("cpv=72000000" + mine);
        assertThat(facet(selected, "cpv").get("values").get(0).get("selected").asBoolean()).isTrue();

        ServiceHttpClient.Result one = get("/api/consultations/" + published.consultationId());
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body().get("objet").asString()).startsWith("Réfection des chaussées");
        assertThat(one.body().get("questions")).isEmpty();
        assertThat(one.body().has("openUntil") || one.body().has("cpvPath")).isFalse();
    }

    @Test
    void the_open_consultations_come_first_nearest_deadline_first_then_the_others_newest_first() {
        String buyer = randomSiren();
        String lateDeadline = newConsultation();
        String nearDeadline = newConsultation();
        String awarded = newConsultation();
        String closed = newConsultation();
        String abandoned = newConsultation();
        send(null, ConsultationEvents.example("published", lateDeadline, buyer, 4)
                .deadline("2027-03-01T12:00:00+01:00").publishedAt("2026-11-20T09:00:00Z"));
        send(null, ConsultationEvents.example("deadline-postponed", nearDeadline, buyer, 6)
                .deadline("2027-02-01T12:00:00+01:00").publishedAt("2026-08-01T09:00:00Z"));
        send(null, ConsultationEvents.example("awarded", awarded, buyer, 10).publishedAt("2026-10-01T09:00:00Z"));
        send(null, ConsultationEvents.example("closed", closed, buyer, 8).publishedAt("2026-11-15T09:00:00Z")
                .category("travaux").cpv("45233141-9"));
        send(null, ConsultationEvents.example("abandoned", abandoned, buyer, 12).publishedAt("2026-09-01T09:00:00Z"));

        ServiceHttpClient.Result listing = await().atMost(PATIENCE).until(() -> search("acheteur=" + buyer),
                result -> result.body().get("total").asLong() == 5);
        assertThat(ids(listing)).containsExactly(nearDeadline, lateDeadline, closed, awarded, abandoned);
        assertThat(listing.body().get("hits").get(0).get("score").isNull()).isTrue();
        assertThat(counts(facet(listing, "etat"))).containsOnly(Map.entry("publiee", 2L),
                Map.entry("cloturee", 1L), Map.entry("attribuee", 1L), Map.entry("sans-suite", 1L));
        assertThat(counts(facet(listing, "categorie"))).containsOnly(Map.entry("services", 4L),
                Map.entry("travaux", 1L));
        assertThat(counts(facet(listing, "cpv"))).containsOnly(Map.entry("72", 4L), Map.entry("45", 1L));

        // With text, relevance ranks within each group: the open ones still come first.
        ServiceHttpClient.Result searched = search("q=portail&acheteur=" + buyer);
        assertThat(searched.body().get("total").asLong()).isEqualTo(5);
        assertThat(ids(searched).subList(0, 2)).containsExactlyInAnyOrder(nearDeadline, lateDeadline);

        // A facet is counted without its own filter, under the others'; pages follow the same order.
        ServiceHttpClient.Result filtered = search("etat=cloturee&etat=attribuee&acheteur=" + buyer);
        assertThat(ids(filtered)).containsExactly(closed, awarded);
        assertThat(counts(facet(filtered, "etat"))).containsEntry("publiee", 2L);
        assertThat(counts(facet(filtered, "categorie"))).containsOnly(Map.entry("services", 1L),
                Map.entry("travaux", 1L));
        assertThat(ids(search("page=1&taille=2&acheteur=" + buyer))).containsExactly(closed, awarded);
    }

    @Test
    void every_event_upserts_the_snapshot_and_an_older_or_repeated_one_is_ignored() {
        String buyer = randomSiren();
        String id = newConsultation();
        send(0, ConsultationEvents.example("published", id, buyer, 4));
        await().atMost(PATIENCE).until(() -> get("/api/consultations/" + id).status() == 200);

        ConsultationEvents closed = ConsultationEvents.example("closed", id, buyer, 8);
        send(0, closed);
        await().atMost(PATIENCE).until(() -> "cloturee".equals(get("/api/consultations/" + id).body()
                .get("state").asString()));

        // A late postponement (v6, still publiee) and the closing again: neither changes anything.
        send(0, ConsultationEvents.example("deadline-postponed", id, buyer, 6));
        send(0, closed);
        handledUpTo(0);

        JsonNode consultation = get("/api/consultations/" + id).body();
        assertThat(consultation.get("state").asString()).isEqualTo("cloturee");
        assertThat(consultation.get("open").asBoolean()).isFalse();
        assertThat(consultation.get("deadline").asString()).isEqualTo("2027-01-15T12:00:00+01:00");
        assertThat(consultation.get("version").asLong()).isEqualTo(8);
        assertThat(stored(id).get("_version").asLong()).isEqualTo(8);

        send(0, ConsultationEvents.example("awarded", id, buyer, 10));
        await().atMost(PATIENCE).until(() -> get("/api/consultations/" + id).body().get("version").asLong() == 10);
        JsonNode awarded = get("/api/consultations/" + id).body();
        assertThat(awarded.get("state").asString()).isEqualTo("attribuee");
        assertThat(awarded.get("awards").get(0).get("lot").asInt()).isEqualTo(1);
        assertThat(awarded.get("awards").get(0).has("holders")).isFalse();
        await().atMost(PATIENCE).until(() -> ids(search("etat=attribuee&acheteur=" + buyer)).equals(List.of(id)));
    }

    @Test
    void a_malformed_event_is_dead_lettered_without_blocking_its_partition() {
        String key = newConsultation();
        String malformed = "ceci n'est pas une consultation {" + key;
        KafkaTestClients.send(CONSULTATION_TOPIC, 1, key, malformed, UUID.randomUUID().toString(),
                "marches.consultation.published");
        ConsultationEvents broken = ConsultationEvents.example("published", newConsultation(), randomSiren(), 4);
        String withoutDeadline = broken.json().replace("\"deadline\":", "\"dateLimite\":");
        KafkaTestClients.send(CONSULTATION_TOPIC, 1, broken.consultationId(), withoutDeadline,
                UUID.randomUUID().toString(), "marches.consultation.published");

        handledUpTo(1);

        List<ConsumerRecord<String, String>> dead = await().atMost(PATIENCE).until(
                () -> KafkaTestClients.readAll(DEAD_LETTERS),
                records -> records.stream().filter(r -> malformed.equals(r.value())
                        || withoutDeadline.equals(r.value())).count() == 2);
        ConsumerRecord<String, String> first = dead.stream().filter(r -> malformed.equals(r.value())).findFirst()
                .orElseThrow();
        assertThat(first.key()).isEqualTo(key);
        assertThat(KafkaTestClients.header(first, "kafka_dlt-original-topic")).isEqualTo(CONSULTATION_TOPIC);
        ConsumerRecord<String, String> second = dead.stream().filter(r -> withoutDeadline.equals(r.value()))
                .findFirst().orElseThrow();
        assertThat(KafkaTestClients.header(second, "kafka_dlt-exception-message")).contains("breaks its contract");
        assertThat(get("/api/consultations/" + broken.consultationId()).status()).isEqualTo(404);
    }

    @Test
    void a_client_mistake_is_a_french_problem() {
        assertInvalid("etat=ouvert", "etat", "État inconnu");
        assertInvalid("categorie=logiciels", "categorie", "Catégorie inconnue");
        assertInvalid("cpv=7", "cpv", "code CPV");
        assertInvalid("cpv=7226-4", "cpv", "code CPV");
        assertInvalid("acheteur=123", "acheteur", "9 chiffres");
        assertInvalid("procedure=", "procedure", "est vide : donnez-lui une valeur, ou retirez-le");
        assertInvalid("procedure=" + "p".repeat(101), "procedure", "libellé d'une procédure");
        assertInvalid("taille=0", "taille", "entre 1 et 100");
        assertInvalid("taille=1000", "taille", "entre 1 et 100");
        assertInvalid("page=-1", "page", "positif");
        assertInvalid("page=abc", "page", "nombre entier");
        assertInvalid("page=200&taille=100", "page", "trop lointaine");
        assertInvalid("tri=date", "tri", "n'existe pas pour la recherche de consultations");
        assertInvalid("page=0&page=1", "page", "ne prend qu'une valeur : il est donné 2 fois");
        assertInvalid("q=" + "a".repeat(501), "q", "500 caractères");

        for (String id : List.of("pas-un-identifiant", UUID.randomUUID().toString())) {
            ServiceHttpClient.Result missing = get("/api/consultations/" + id);
            assertThat(missing.status()).isEqualTo(404);
            assertThat(missing.contentType()).startsWith("application/problem+json");
            assertThat(missing.body().get("title").asString()).isEqualTo("Consultation introuvable");
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
