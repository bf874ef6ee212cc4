package fr.mutualis.experience.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.support.Api;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import fr.mutualis.testing.security.TestIssuer;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VocabularyApiIntegrationTest extends ServiceIntegrationTest {

    private Api administrator;
    /** Unique per test: the vocabulary is one for the whole database, shared by the test classes. */
    private String unique;

    @BeforeEach
    void administrator() {
        administrator = api.withToken(TestIssuer.shared().administrator());
        unique = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
    }

    private String entry(String kind, String... terms) {
        return "{\"kind\": \"" + kind + "\", \"terms\": [" + String.join(", ",
                java.util.Arrays.stream(terms).map(term -> "\"" + term + "\"").toList()) + "]}";
    }

    private long revision() {
        return api.anonymous().get("/api/vocabulaire").body().get("revision").asLong();
    }

    private List<String> publishedRevisions(long after) {
        return jdbc.sql("SELECT payload::text FROM outbox WHERE aggregatetype = 'vocabulary' AND aggregate_version > :after "
                + "ORDER BY aggregate_version").param("after", after).query(String.class).list();
    }

    @Test
    void an_administrator_adds_changes_and_removes_entries_each_change_a_published_and_audited_revision() {
        long before = revision();

        Response added = administrator.post("/api/vocabulaire/entrees",
                entry("sigle", "ENT" + unique, "espace numérique de travail " + unique));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        String id = added.body().get("id").asString();
        assertThat(added.header("Location")).isEqualTo("/api/vocabulaire/entrees/" + id);
        JsonNode listed = api.anonymous().get("/api/vocabulaire").body();
        assertThat(listed.get("revision").asLong()).isEqualTo(before + 1);
        assertThat(listed.get("entries").values()).anySatisfy(entry -> {
            assertThat(entry.get("id").asString()).isEqualTo(id);
            assertThat(entry.get("kind").asString()).isEqualTo("sigle");
        });

        Response replaced = administrator.put("/api/vocabulaire/entrees/" + id,
                entry("synonymes", "tiers-lieu " + unique, "fablab " + unique, "coworking " + unique), null);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(200);
        assertThat(administrator.send("DELETE", "/api/vocabulaire/entrees/" + id, null, null).status())
                .isEqualTo(204);

        assertThat(revision()).isEqualTo(before + 3);
        List<String> events = publishedRevisions(before);
        assertThat(events).hasSize(3);
        events.forEach(event -> assertThat(EventContracts.violations(event)).as(event).isEmpty());
        assertThat(events.get(1)).contains("fablab " + unique).doesNotContain("ENT" + unique);
        assertThat(events.get(2)).doesNotContain(id);
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE target_type = 'vocabulary-entry' AND target_id = :id "
                + "ORDER BY sequence").param("id", id).query(String.class).list())
                .containsExactly("vocabulary.entry.added", "vocabulary.entry.changed", "vocabulary.entry.removed");
    }

    @Test
    void a_term_already_in_another_entry_is_a_conflict_that_names_the_entry() {
        String first = administrator.post("/api/vocabulaire/entrees",
                entry("mot-protege", "protégé" + unique)).body().get("id").asString();
        long before = revision();

        Response conflict = administrator.post("/api/vocabulaire/entrees",
                entry("synonymes", "Protege" + unique, "autre " + unique));

        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.contentType()).startsWith("application/problem+json");
        assertThat(conflict.body().get("detail").asString()).contains("Protege" + unique, first);
        assertThat(conflict.body().get("entry").asString()).isEqualTo(first);
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void entries_that_break_their_kinds_rules_are_refused_in_french_and_change_nothing() {
        long before = revision();
        List<String> refused = List.of(
                entry("synonymes", "seul " + unique),
                entry("sigle", "ENT " + unique, "espace numérique de travail"),
                entry("sigle", "ENT" + unique, "espace"),
                entry("mot-protege", "deux mots" + unique),
                entry("synonymes", "mot " + unique, "MOT " + unique),
                entry("thesaurus", "a" + unique, "b" + unique),
                entry("synonymes", "a, b" + unique, "c" + unique),
                "{\"kind\": \"synonymes\", \"terms\": [\"a" + unique + "\", \"b" + unique + "\"], \"note\": \"x\"}",
                "{\"kind\": \"synonymes\", \"terms\": [\"a" + unique + "\", null]}");

        for (String body : refused) {
            Response answer = administrator.post("/api/vocabulaire/entrees", body);
            assertThat(answer.status()).as(body + " → " + answer.text()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(administrator.put("/api/vocabulaire/entrees/" + java.util.UUID.randomUUID(),
                entry("synonymes", "a" + unique, "b" + unique), null).status()).isEqualTo(404);
        assertThat(revision()).isEqualTo(before);
    }

    @Test
    void only_administrators_change_the_vocabulary() {
        String body = entry("synonymes", "a" + unique, "b" + unique);

        assertThat(api.anonymous().post("/api/vocabulaire/entrees", body).status()).isEqualTo(401);
        assertThat(api.post("/api/vocabulaire/entrees", body).status()).isEqualTo(403);
        assertThat(api.anonymous().get("/api/vocabulaire").status()).isEqualTo(200);
    }
}
