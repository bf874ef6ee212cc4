package fr.mutualis.search.experience;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.search.experience.elasticsearch.ElasticsearchExperienceIndex;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.RealStackSpringTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.http.entity.ContentType;
import org.apache.http.entity.StringEntity;
import org.elasticsearch.client.Request;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Only what anyone may read is in Elasticsearch: a draft, its words and its contact are never indexed, searched,
 * suggested or corrected to; a record leaving public view leaves the index at its version. Every event goes to
 * partition 0, so that a published witness sent after it tells when it has been handled.
 */
class PrivacyIntegrationTest extends RealStackSpringTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private ElasticsearchExperienceIndex index;

    /** Letters only, so that the spelling suggester could propose it. */
    private static String word() {
        Random random = new Random();
        StringBuilder word = new StringBuilder("quintessor");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static void sendInOrder(ExperienceEvents event) {
        send(0, event.aggregateId(), event.json(), event.eventId(), event.eventType());
    }

    /** Sends a published record after what was sent, and waits until it is indexed: all before it was handled. */
    private void awaitHandled() {
        ExperienceEvents witness = aNewExperience().created().title("Témoin " + UUID.randomUUID());
        sendInOrder(witness);
        await().atMost(PATIENCE).until(() -> indexed(witness.aggregateId()).isPresent());
    }

    private long hitsAnywhere(String text) throws IOException {
        Request request = new Request("POST", "/_all/_search");
        request.setEntity(new StringEntity(JSON.writeValueAsString(Map.of("query", Map.of("query_string",
                Map.of("query", "*" + text + "*", "fields", java.util.List.of("*"), "lenient", true)))),
                ContentType.APPLICATION_JSON));
        return JSON.readTree(elasticsearch.performRequest(request).getEntity().getContent())
                .path("hits").path("total").path("value").asLong();
    }

    @Test
    void a_draft_is_never_indexed_searched_suggested_nor_corrected_to() throws IOException {
        String w = word();
        ExperienceEvents draft = aNewExperience().created().status("draft").title(w + " en brouillon")
                .summary("Le projet " + w + " reste entre nous.")
                .with("contact", Map.of("name", "Claire " + w, "email", w + "@example.fr",
                        "consentAt", "2026-11-20T08:00:00Z"));
        sendInOrder(draft);
        sendInOrder(draft.type("experience.record.updated").version(2));
        awaitHandled();

        assertThat(indexed(draft.aggregateId())).isEmpty();
        assertThat(hitsAnywhere(w)).isZero();
        assertThat(get("/api/search?q=" + w).body().get("total").asLong()).isZero();
        assertThat(get("/api/search?statut=archived&q=" + w).body().get("total").asLong()).isZero();
        assertThat(get("/api/search/suggestions?q=" + w.substring(0, 14)).raw()).doesNotContain(w);
        String typo = w.substring(0, 12) + w.substring(13);
        JsonNode corrected = get("/api/search?q=" + URLEncoder.encode(typo, StandardCharsets.UTF_8)).body();
        assertThat(corrected.path("didYouMean").asString("")).doesNotContain(w);
        assertThat(corrected.path("correctedQuery").asString("")).doesNotContain(w);
    }

    @Test
    void a_record_leaving_public_view_is_removed_and_a_late_snapshot_does_not_bring_it_back() {
        ExperienceEvents record = aNewExperience().type("experience.record.published").title("Guichet " + word());
        sendInOrder(record);
        await().atMost(PATIENCE).until(() -> indexed(record.aggregateId()).isPresent());

        sendInOrder(record.type("experience.record.updated").version(2).status("draft"));
        sendInOrder(record.type("experience.record.published").version(1).status("published"));
        awaitHandled();

        assertThat(indexed(record.aggregateId())).isEmpty();
    }

    @Test
    void drafts_an_earlier_release_indexed_are_removed_and_a_later_publication_still_applies() throws IOException {
        String id = UUID.randomUUID().toString();
        Request put = new Request("PUT", "/experiences/_doc/" + id);
        put.addParameters(Map.of("version_type", "external", "version", "3", "refresh", "true"));
        put.setEntity(new StringEntity(JSON.writeValueAsString(Map.of("id", id, "title", "Ancien brouillon",
                "summary", "", "siren", "213300627", "axes", java.util.List.of("thd"), "status", "draft",
                "demo", false, "createdAt", "2026-11-20T08:00:00Z", "updatedAt", "2026-11-20T08:00:00Z",
                "contact", Map.of("name", "Claire Martin", "email", "c.martin@example.fr"))),
                ContentType.APPLICATION_JSON));
        elasticsearch.performRequest(put);

        assertThat(index.removeNonPublic()).isPositive();
        assertThat(indexed(id)).isEmpty();

        ExperienceEvents published = ExperienceEvents.about(id).type("experience.record.published").version(4);
        sendInOrder(published);
        await().atMost(PATIENCE).until(() -> indexed(id).isPresent());
    }
}
