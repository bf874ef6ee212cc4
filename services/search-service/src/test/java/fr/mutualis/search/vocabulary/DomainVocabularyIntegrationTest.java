package fr.mutualis.search.vocabulary;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The administrator's vocabulary, from its events on the real Kafka, applied by the running service to the next
 * searches on the real Elasticsearch: no restart, no new index.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DomainVocabularyIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** 32 random letters: a word no other record uses. */
    private static String letters() {
        StringBuilder letters = new StringBuilder();
        UUID.randomUUID().toString().replace("-", "").chars()
                .forEach(c -> letters.append((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)));
        return letters.toString();
    }

    /** Each revision comes after the one the index holds (the other test's). */
    private long storedRevision() throws IOException {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/" + VOCABULARY_INDEX + "/_doc/domaine"));
            return JSON.readTree(response.getEntity().getContent()).path("_source").path("revision").asLong();
        } catch (ResponseException absent) {
            return 0;
        }
    }

    private static void publish(long revision, String entries) {
        String event = """
                {"eventId": "%s", "eventType": "vocabulary.revision.published", "schemaVersion": 1,
                 "aggregateType": "vocabulary", "aggregateId": "domaine", "aggregateVersion": %d,
                 "occurredAt": "2026-12-02T10:00:00Z",
                 "data": {"revision": %d, "changedAt": "2026-12-02T10:00:00Z", "entries": [%s]}}"""
                .formatted(UUID.randomUUID(), revision, revision, entries);
        assertThat(EventContracts.violations(event)).isEmpty();
        KafkaTestClients.send(VOCABULARY_TOPIC, null, "domaine", event, null, "vocabulary.revision.published");
    }

    private static String entry(String kind, String... terms) {
        return "{\"id\": \"" + UUID.randomUUID() + "\", \"kind\": \"" + kind + "\", \"terms\": [\""
                + String.join("\", \"", terms) + "\"]}";
    }

    private List<String> idsFor(String text, String region) {
        JsonNode body = get("/api/search?size=20&region=" + region + "&q="
                + URLEncoder.encode(text, StandardCharsets.UTF_8)).body();
        List<String> ids = new ArrayList<>();
        body.get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    private static java.util.Map<String, Object> collectivite(String region) {
        return collectivite(region, "Commune de test");
    }

    private static java.util.Map<String, Object> collectivite(String region, String name) {
        return java.util.Map.of("siren", "213502388", "kind", "commune", "name", name,
                "region", java.util.Map.of("code", region, "name", "Région " + region),
                "populationBand", java.util.Map.of("code", "moins-3500", "label", "Moins de 3 500 habitants"));
    }

    @Test
    void a_new_revision_applies_to_the_next_searches_and_an_older_one_changes_nothing() throws IOException {
        String region = "V" + letters().substring(0, 5);
        String acronym = "ent" + letters();
        String place = "lieu" + letters();
        ExperienceEvents ent = aNewExperience().created().title("Un espace numérique de travail pour les collèges")
                .summary("Les familles et les enseignants partagent les devoirs.").with("collectivite", collectivite(region));
        ExperienceEvents fablab = aNewExperience().created().title("Un fablab au cœur du bourg")
                .summary("Imprimantes 3D et ateliers pour tous.").with("collectivite", collectivite(region));
        String valley = "val" + letters();
        String valleyAcronym = "cc" + letters();
        ExperienceEvents ofTheValley = aNewExperience().created().title("Une plateforme de covoiturage")
                .summary("Les habitants partagent leurs trajets.")
                .with("collectivite", collectivite(region, "Communauté de communes du " + valley));
        List.of(ent, fablab, ofTheValley).forEach(RealStackSpringTest::send);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/search?region=" + region).body()
                .get("total").asLong() == 3);
        assertThat(idsFor(acronym, region)).isEmpty();
        assertThat(idsFor(place, region)).isEmpty();
        assertThat(idsFor(valleyAcronym, region)).isEmpty();

        long revision = storedRevision() + 2;
        publish(revision, String.join(", ", entry("sigle", acronym.toUpperCase(), "espace numérique de travail"),
                entry("synonymes", place, "fablab"), entry("sigle", valleyAcronym.toUpperCase(), valley)));

        await().atMost(PATIENCE).until(() -> idsFor(acronym, region).equals(List.of(ent.aggregateId())));
        assertThat(idsFor(place + "s", region)).containsExactly(fablab.aggregateId());
        assertThat(idsFor(valleyAcronym, region)).as("a collectivité named in full by the vocabulary")
                .containsExactly(ofTheValley.aggregateId());

        publish(revision - 1, entry("synonymes", place, "collèges"));
        awaitConsumed(2);
        assertThat(storedRevision()).isEqualTo(revision);
        assertThat(idsFor(place, region)).containsExactly(fablab.aggregateId());

        publish(revision + 1, entry("sigle", acronym.toUpperCase(), "espace numérique de travail"));
        await().atMost(PATIENCE).until(() -> idsFor(place, region).isEmpty());
        assertThat(idsFor(acronym, region)).containsExactly(ent.aggregateId());
    }

    @Test
    void a_protected_word_is_no_longer_confused_with_the_words_of_its_stem() throws IOException {
        String region = "P" + letters().substring(0, 5);
        // The French stemmer cuts both « maire » and « mairie » to « mair ».
        ExperienceEvents mayor = aNewExperience().created().title("Le maire répond aux habitants en ligne")
                .summary("Une permanence numérique des élus.").with("collectivite", collectivite(region));
        ExperienceEvents townHall = aNewExperience().created().title("La mairie ouvre un guichet unique")
                .summary("Toutes les démarches au même endroit.").with("collectivite", collectivite(region));
        List.of(mayor, townHall).forEach(RealStackSpringTest::send);
        await().atMost(Duration.ofSeconds(60)).until(() -> get("/api/search?region=" + region).body()
                .get("total").asLong() == 2);
        assertThat(idsFor("maire", region)).containsExactlyInAnyOrder(mayor.aggregateId(), townHall.aggregateId());

        publish(storedRevision() + 1, entry("mot-protege", "maire"));

        await().atMost(PATIENCE).until(() -> idsFor("maire", region).equals(List.of(mayor.aggregateId())));
        assertThat(idsFor("Maires", region)).containsExactly(mayor.aggregateId());
        assertThat(idsFor("mairie", region)).contains(townHall.aggregateId());
    }

    /** Leaves no vocabulary behind for the other test classes, which share this context's searches. */
    @AfterAll
    void forgetTheTestVocabulary() throws IOException {
        long last = storedRevision() + 1;
        publish(last, "");
        await().atMost(PATIENCE).until(() -> storedRevision() == last);
    }

    /** Until the service's consumer group has committed {@code count} messages of the vocabulary's topic. */
    private static void awaitConsumed(long count) {
        try (Admin admin = Admin.create(RealStack.endpoints().kafkaClientConfig())) {
            TopicPartition partition = new TopicPartition(VOCABULARY_TOPIC, 0);
            await().atMost(PATIENCE).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets("search-service-test-" + RUN)
                        .partitionsToOffsetAndMetadata().get().get(partition);
                return committed != null && committed.offset() >= count;
            });
        }
    }
}
