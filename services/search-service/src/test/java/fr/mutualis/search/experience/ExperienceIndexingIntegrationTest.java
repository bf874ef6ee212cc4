package fr.mutualis.search.experience;

import fr.mutualis.events.consumer.EventReader;
import fr.mutualis.search.experience.application.IndexExperienceEvent;
import fr.mutualis.search.experience.domain.ExperienceIndex;
import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.messaging.ExperienceEventListener;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.RealStackSpringTest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Experience events on the real Kafka end up in the real Elasticsearch, with French analysis and versioning. */
class ExperienceIndexingIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    MeterRegistry meters;

    @Autowired
    ExperienceIndex index;

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    /** A word no other document holds, so that this run's document comes first among identical titles. */
    private static String uniqueWord() {
        return "jeton" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private double counted(String type, String outcome) {
        Counter counter = meters.find(IndexExperienceEvent.EVENTS_METER).tags("type", type, "outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    private double skipped(String type) {
        Counter counter = meters.find(EventReader.SKIPPED_METER).tags("topic", TOPIC, "type", type).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void consumesWithTheConfiguredGroupFromTheConfiguredTopic() {
        var container = listeners.getListenerContainer(ExperienceEventListener.LISTENER_ID);

        assertThat(container).isNotNull();
        assertThat(container.getGroupId()).isEqualTo("search-service-test-" + RUN);
        assertThat(container.getContainerProperties().getTopics()).containsExactly(TOPIC);
    }

    @Test
    void anIndexedExperienceIsFoundWithoutItsAccents() {
        String word = uniqueWord();
        ExperienceEvents event = aNewExperience().created()
                .title("Dématérialisation des actes")
                .summary("Transmission des délibérations au contrôle de légalité, " + word + ".")
                .axes("dematerialisation", "open-data");

        send(event);

        JsonNode hit = await().atMost(PATIENCE).until(
                () -> hit(search("dematerialisation " + word, 10), event.aggregateId()), found -> found.isPresent())
                .orElseThrow();
        assertThat(hit.get("title").asString()).isEqualTo("Dématérialisation des actes");
        assertThat(hit.get("siren").asString()).isEqualTo("213300627");
        assertThat(hit.get("axes")).extracting(JsonNode::asString).containsExactly("dematerialisation", "open-data");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.get("highlights").get("title")).extracting(JsonNode::asString)
                .containsExactly("<mark>Dématérialisation</mark> des actes");
        assertThat(hit.get("highlights").get("summary").get(0).asString()).contains("<mark>" + word + "</mark>");
    }

    @Test
    void frenchAnalysisFindsAWordBehindItsElision() {
        String word = uniqueWord();
        ExperienceEvents event = aNewExperience().created()
                .title("L'ouverture des données")
                .summary("Publication des jeux de données de la commune, " + word + ".");

        send(event);

        JsonNode hit = await().atMost(PATIENCE).until(
                () -> hit(search("ouverture " + word, 10), event.aggregateId()), found -> found.isPresent())
                .orElseThrow();
        assertThat(hit.get("title").asString()).isEqualTo("L'ouverture des données");
        assertThat(hit.get("highlights").get("title").get(0).asString())
                .as("the title matched 'ouverture', the summary alone would not highlight it")
                .contains("ouverture</mark>");
    }

    @Test
    void aLateOlderVersionNeverOverwritesANewerOne() {
        ExperienceEvents experience = aNewExperience();
        send(ExperienceEvents.about(experience.aggregateId()).version(3).title("Titre de la version 3"));
        await().atMost(PATIENCE).until(() -> indexed(experience.aggregateId()).isPresent());
        double staleBefore = counted("experience.record.updated", "stale");

        send(ExperienceEvents.about(experience.aggregateId()).version(2).title("Titre de la version 2"));

        await().atMost(PATIENCE).until(() -> counted("experience.record.updated", "stale") >= staleBefore + 1);
        JsonNode document = indexed(experience.aggregateId()).orElseThrow();
        assertThat(document.get("_version").asLong()).isEqualTo(3);
        assertThat(document.get("_source").get("title").asString()).isEqualTo("Titre de la version 3");
        assertThat(document.get("_source").get("version").asLong()).isEqualTo(3);
    }

    @Test
    void aRepeatedEventChangesNothing() {
        ExperienceEvents event = aNewExperience().created().title("Mutualisation du parapheur électronique");
        send(event);
        JsonNode first = await().atMost(PATIENCE).until(() -> indexed(event.aggregateId()), found -> found.isPresent())
                .orElseThrow();
        double staleBefore = counted("experience.record.created", "stale");
        double appliedBefore = counted("experience.record.created", "applied");

        send(event);

        await().atMost(PATIENCE).until(() -> counted("experience.record.created", "stale") >= staleBefore + 1);
        JsonNode again = indexed(event.aggregateId()).orElseThrow();
        assertThat(again.get("_seq_no").asLong()).as("not written again").isEqualTo(first.get("_seq_no").asLong());
        assertThat(again.get("_version").asLong()).isEqualTo(1);
        assertThat(counted("experience.record.created", "applied")).isEqualTo(appliedBefore);
    }

    @Test
    void anUnknownEventTypeIsSkippedNotDeadLettered() {
        ExperienceEvents unknown = aNewExperience().type("experience.contact.erased").schemaVersion(4);
        double skippedBefore = skipped("experience.contact.erased.v4");

        send(unknown);
        // Same key, so same partition: once this one is indexed, the unknown one was handled before it.
        ExperienceEvents next = ExperienceEvents.about(unknown.aggregateId()).version(5).title("Après l'événement inconnu");
        send(next);

        await().atMost(PATIENCE).until(() -> indexed(next.aggregateId()).isPresent());
        assertThat(skipped("experience.contact.erased.v4")).isEqualTo(skippedBefore + 1);
        assertThat(deadLetters()).extracting(ConsumerRecord::value).doesNotContain(unknown.json());
    }

    @Test
    void removalHonoursVersionsToo() {
        ExperienceEvents event = aNewExperience().version(2).title("Expérience bientôt archivée");
        send(event);
        await().atMost(PATIENCE).until(() -> indexed(event.aggregateId()).isPresent());

        assertThat(index.remove(event.aggregateId(), 1)).isEqualTo(IndexOutcome.STALE);
        assertThat(indexed(event.aggregateId())).isPresent();

        assertThat(index.remove(event.aggregateId(), 3)).isEqualTo(IndexOutcome.APPLIED);
        assertThat(indexed(event.aggregateId())).isEmpty();

        IndexedExperience late = new IndexedExperience(event.aggregateId(), "Retour tardif", "", "213300627",
                List.of(), "published", false, Instant.now(), Instant.now(), 2);
        assertThat(index.index(late)).as("the tombstone of version 3 refuses version 2").isEqualTo(IndexOutcome.STALE);
        assertThat(index.remove(UUID.randomUUID().toString(), 1)).as("removing an absent experience")
                .isEqualTo(IndexOutcome.APPLIED);
    }

    @Test
    void aBulkAppliesEveryChangeButTheOneTheIndexRefusesAndNamesIt() {
        String first = UUID.randomUUID().toString();
        String refused = UUID.randomUUID().toString();
        String last = UUID.randomUUID().toString();
        List<ExperienceIndex.Change> changes = List.of(
                new ExperienceIndex.Put(published(first, Map.of())),
                // The mapping is strict: a field it does not know is refused, retrying will not help.
                new ExperienceIndex.Put(published(refused, Map.of("champInconnu", "valeur"))),
                new ExperienceIndex.Put(published(last, Map.of())));

        assertThatThrownBy(() -> index.apply(changes))
                .isInstanceOfSatisfying(ChangeRejectedException.class, rejected -> {
                    assertThat(rejected.position()).isEqualTo(1);
                    assertThat(rejected.getMessage()).contains(refused).contains("strict_dynamic_mapping_exception");
                });
        assertThat(indexed(first)).isPresent();
        assertThat(indexed(last)).isPresent();
        assertThat(indexed(refused)).isEmpty();
        assertThat(index.apply(List.of(changes.get(0), changes.get(2))))
                .as("delivered again after the dead letter").containsExactly(IndexOutcome.STALE, IndexOutcome.STALE);
    }

    private static IndexedExperience published(String id, Map<String, Object> details) {
        Instant now = Instant.now();
        return new IndexedExperience(id, "Envoi groupé " + id, "Résumé", "213300627", List.of("cloud"), "published",
                false, now, now, 1, details);
    }
}
