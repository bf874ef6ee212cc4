package fr.mutualis.experience.record;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.OutboxRows.Row;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ExperienceApiIntegrationTest extends ServiceIntegrationTest {

    private Response create(String title) {
        Response created = api.post("/api/experiences", api.experienceJson(title,
                "La DSI développe ses applications métiers avec les services utilisateurs.", GIRONDE,
                "open-innovation", "dematerialisation"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    private static UUID id(Response response) {
        return UUID.fromString(response.body().get("id").asString());
    }

    private long storedRecords(String title) {
        return jdbc.sql("SELECT count(*) FROM experience_record WHERE title = :title").param("title", title)
                .query(Long.class).single();
    }

    @Test
    void create_stores_a_draft_and_exactly_one_outbox_event_at_version_1() {
        String title = "Applications internes " + UUID.randomUUID();
        Response created = create(title);
        UUID id = id(created);
        JsonNode body = created.body();

        assertThat(created.contentType()).startsWith("application/json");
        assertThat(created.header("Location")).endsWith("/api/experiences/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(body.get("title").asString()).isEqualTo(title);
        assertThat(body.get("siren").asString()).isEqualTo(GIRONDE);
        assertThat(body.get("version").asLong()).isEqualTo(1);
        assertThat(body.get("status").get("code").asString()).isEqualTo("draft");
        assertThat(body.get("status").get("label").asString()).isEqualTo("Brouillon");
        assertThat(body.get("collectivite").get("name").asString()).isEqualTo("Gironde");
        assertThat(body.get("demo").asBoolean()).isFalse();
        assertThat(body.get("axes").values()).extracting(axis -> axis.get("code").asString())
                .containsExactly("dematerialisation", "open-innovation");
        assertThat(body.get("createdAt").asString()).isEqualTo(body.get("updatedAt").asString());

        assertThat(storedRecords(title)).isEqualTo(1);
        List<Row> rows = outbox.of(id);
        assertThat(rows).hasSize(1);
        Row row = rows.get(0);
        assertThat(row.aggregateType()).isEqualTo("experience");
        assertThat(row.aggregateId()).isEqualTo(id.toString());
        assertThat(row.type()).isEqualTo("experience.record.created");
        assertThat(row.aggregateVersion()).isEqualTo(1);
        assertThat(row.occurredAt()).isEqualTo(Instant.parse(body.get("updatedAt").asString()));

        JsonNode envelope = json.readTree(row.payload());
        assertThat(envelope.get("eventId").asString()).isEqualTo(row.id().toString());
        assertThat(envelope.get("eventType").asString()).isEqualTo("experience.record.created");
        assertThat(envelope.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(envelope.get("aggregateType").asString()).isEqualTo("experience");
        assertThat(envelope.get("aggregateId").asString()).isEqualTo(id.toString());
        assertThat(envelope.get("aggregateVersion").asLong()).isEqualTo(1);
        assertThat(Instant.parse(envelope.get("occurredAt").asString())).isEqualTo(row.occurredAt());

        JsonNode data = envelope.get("data");
        assertThat(data.propertyNames()).contains(
                "id", "title", "summary", "siren", "collectivite", "axes", "status", "demo", "createdAt", "updatedAt")
                .doesNotContain("description", "contact", "publishedAt", "archivedAt");
        assertThat(data.get("collectivite").get("populationBand").get("code").asString()).isEqualTo("tercile-3");
        assertThat(data.get("id").asString()).isEqualTo(id.toString());
        assertThat(data.get("title").asString()).isEqualTo(title);
        assertThat(data.get("summary").asString()).isEqualTo(body.get("summary").asString());
        assertThat(data.get("siren").asString()).isEqualTo(GIRONDE);
        assertThat(data.get("axes").values()).extracting(JsonNode::asString)
                .containsExactly("dematerialisation", "open-innovation");
        assertThat(data.get("status").asString()).isEqualTo("draft");
        assertThat(data.get("demo").isBoolean()).isTrue();
        assertThat(data.get("demo").asBoolean()).isFalse();
        assertThat(data.get("createdAt").isString()).isTrue();
        assertThat(Instant.parse(data.get("createdAt").asString()))
                .isEqualTo(Instant.parse(body.get("createdAt").asString()));
        assertThat(Instant.parse(data.get("updatedAt").asString()))
                .isEqualTo(Instant.parse(body.get("updatedAt").asString()));
    }

    @Test
    void each_update_adds_a_version_and_an_outbox_event() {
        UUID id = id(create("Relation usagers " + UUID.randomUUID()));

        Response v2 = api.put("/api/experiences/" + id, api.experienceJson("Relation usagers multicanale",
                "Guichet, téléphone, courriel et formulaire en ligne.", GIRONDE, "dematerialisation"), "\"1\"");
        Response v3 = api.put("/api/experiences/" + id, api.experienceJson("Relation usagers multicanale (GRU)",
                "Guichet, téléphone, courriel et formulaire en ligne.", GIRONDE, "e-democratie",
                "dematerialisation"), null);

        assertThat(v2.status()).as(v2.text()).isEqualTo(200);
        assertThat(v2.body().get("version").asLong()).isEqualTo(2);
        assertThat(v2.header("ETag")).isEqualTo("\"2\"");
        assertThat(v3.status()).as(v3.text()).isEqualTo(200);
        assertThat(v3.body().get("version").asLong()).isEqualTo(3);
        assertThat(v3.header("ETag")).isEqualTo("\"3\"");
        assertThat(v3.body().get("createdAt").asString()).isEqualTo(v2.body().get("createdAt").asString());
        assertThat(Instant.parse(v3.body().get("updatedAt").asString()))
                .isAfterOrEqualTo(Instant.parse(v2.body().get("updatedAt").asString()));

        Response read = api.get("/api/experiences/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"3\"");
        assertThat(read.body().get("title").asString()).isEqualTo("Relation usagers multicanale (GRU)");
        assertThat(read.body().get("version").asLong()).isEqualTo(3);

        List<Row> rows = outbox.of(id);
        assertThat(rows).extracting(Row::aggregateVersion).containsExactly(1L, 2L, 3L);
        assertThat(rows).extracting(Row::type).containsExactly(
                "experience.record.created", "experience.record.updated", "experience.record.updated");
        JsonNode last = json.readTree(rows.get(2).payload());
        assertThat(last.get("aggregateVersion").asLong()).isEqualTo(3);
        assertThat(last.get("data").get("title").asString()).isEqualTo("Relation usagers multicanale (GRU)");
        assertThat(last.get("data").get("axes").values()).extracting(JsonNode::asString)
                .containsExactly("dematerialisation", "e-democratie");
        assertThat(rows).extracting(Row::id).doesNotHaveDuplicates();
    }

    @Test
    void a_change_based_on_another_version_is_refused_with_412_and_changes_nothing() {
        UUID id = id(create("Inclusion numérique " + UUID.randomUUID()));
        String body = api.experienceJson("Titre concurrent", "Résumé.", GIRONDE, "e-inclusion");

        Response stale = api.put("/api/experiences/" + id, body, "\"7\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.body().get("title").asString()).isEqualTo("Version obsolète");
        assertThat(stale.body().get("detail").asString()).contains("version 1");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
        assertThat(api.get("/api/experiences/" + id).body().get("version").asLong()).isEqualTo(1);
        assertThat(outbox.of(id)).hasSize(1);

        assertThat(api.put("/api/experiences/" + id, body, "W/\"1\"").status()).isEqualTo(412);
        assertThat(api.put("/api/experiences/" + id, body, "\"1\"").status()).isEqualTo(200);
    }

    @Test
    void lists_newest_first_by_pages_with_the_drafts_of_the_agents_own_collectivite() {
        UUID first = id(create("Premier " + UUID.randomUUID()));
        UUID second = id(create("Deuxième " + UUID.randomUUID()));
        UUID third = id(create("Troisième " + UUID.randomUUID()));

        Response page = api.get("/api/experiences?collectivite=" + GIRONDE + "&page=0&size=3");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("items").values()).extracting(item -> item.get("id").asString())
                .containsExactly(third.toString(), second.toString(), first.toString());
        long total = page.body().get("totalItems").asLong();
        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(page.body().get("totalPages").asLong()).isEqualTo((total + 2) / 3);
        assertThat(page.body().get("size").asInt()).isEqualTo(3);

        Response next = api.get("/api/experiences?collectivite=" + GIRONDE + "&page=1&size=2");
        assertThat(next.body().get("page").asInt()).isEqualTo(1);
        assertThat(next.body().get("items").values()).extracting(item -> item.get("id").asString())
                .first().isEqualTo(first.toString());

        Response defaults = api.get("/api/experiences");
        assertThat(defaults.body().get("page").asInt()).isZero();
        assertThat(defaults.body().get("size").asInt()).isEqualTo(20);
        assertThat(defaults.body().get("items").values()).extracting(item -> item.get("id").asString())
                .as("drafts are not listed for everyone").doesNotContain(first.toString());
        assertThat(api.as("219400025").get("/api/experiences?collectivite=" + GIRONDE).body().get("items").values())
                .extracting(item -> item.get("id").asString()).doesNotContain(first.toString());
        assertThat(api.get("/api/experiences?collectivite=" + GIRONDE + "&statut=draft&size=100").body().get("items")
                .values()).extracting(item -> item.get("status").get("code").asString()).containsOnly("draft");
    }

    @Test
    void an_unknown_experience_is_a_404_problem() {
        UUID unknown = UUID.randomUUID();

        Response response = api.get("/api/experiences/" + unknown);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo("Retour d'expérience introuvable");
        assertThat(response.body().get("detail").asString()).contains(unknown.toString());
        assertThat(api.put("/api/experiences/" + unknown,
                api.experienceJson("Titre", "Résumé.", GIRONDE, "cloud"), null).status()).isEqualTo(404);
        assertThat(outbox.of(unknown)).isEmpty();
    }
}
