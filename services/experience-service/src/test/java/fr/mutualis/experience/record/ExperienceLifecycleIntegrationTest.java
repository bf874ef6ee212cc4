package fr.mutualis.experience.record;

import static fr.mutualis.experience.record.FullRecordJson.ALFORTVILLE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.experience.support.Api;
import fr.mutualis.experience.support.Api.Response;
import fr.mutualis.experience.support.KnownCollectivites;
import fr.mutualis.experience.support.OutboxRows.Row;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import fr.mutualis.testing.security.TestIssuer;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Draft → published → archived, who may do it, and the erasure of a contact person. */
class ExperienceLifecycleIntegrationTest extends ServiceIntegrationTest {

    private UUID createFull() {
        Response created = api.post("/api/experiences", FullRecordJson.of("Guichet unique " + UUID.randomUUID()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }

    private static void assertProblem(Response response, int status, String title) {
        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("title").asString()).isEqualTo(title);
    }

    @Test
    void a_full_record_reads_back_with_labels_and_the_referentials_descriptors() {
        JsonNode record = api.get("/api/experiences/" + createFull()).body();

        assertThat(record.get("actionCategory").get("label").asString()).isEqualTo("Dématérialisation des démarches");
        assertThat(record.get("policyDomains").values()).extracting(d -> d.get("code").asString())
                .containsExactly("social", "demarches-administratives");
        assertThat(record.get("step").get("label").asString()).isEqualTo("Réalisé");
        assertThat(record.get("budget").get("fundings").get(0).get("amountEuros").asLong()).isEqualTo(90_000);
        assertThat(record.get("partners").get(0).get("name").asString()).isEqualTo("Alfortville");
        assertThat(record.get("reusableAssets").get(0).get("kind").get("code").asString()).isEqualTo("specification");
        assertThat(record.get("lessons").get("wouldNotRedo").asString()).isEqualTo("Un lancement en plein été.");
        assertThat(record.get("contact").get("consentAt").asString()).isNotBlank();
        assertThat(record.get("startDate").asString()).isEqualTo("2022-01-10");
    }

    @Test
    void publish_archive_and_restore_each_publish_their_event() {
        UUID id = createFull();

        Response published = api.post("/api/experiences/" + id + "/publication", "");
        Response again = api.post("/api/experiences/" + id + "/publication", "");
        Response archived = api.post("/api/experiences/" + id + "/archivage", "");
        Response edit = api.put("/api/experiences/" + id, FullRecordJson.of("Nouveau titre"), null);
        Response restored = api.post("/api/experiences/" + id + "/publication", "");

        assertThat(published.body().get("status").get("code").asString()).isEqualTo("published");
        assertThat(published.body().get("publishedAt").asString()).isNotBlank();
        assertProblem(again, 409, "Action impossible dans l'état actuel");
        assertThat(archived.body().get("status").get("code").asString()).isEqualTo("archived");
        assertProblem(edit, 409, "Action impossible dans l'état actuel");
        assertThat(restored.body().get("status").get("code").asString()).isEqualTo("published");
        assertThat(restored.body().get("publishedAt").asString())
                .isEqualTo(published.body().get("publishedAt").asString());
        assertThat(outbox.of(id)).extracting(Row::type).containsExactly("experience.record.created",
                "experience.record.published", "experience.record.archived", "experience.record.published");
        assertThat(outbox.of(id)).extracting(Row::aggregateVersion).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void only_the_agents_of_the_collectivite_change_it_and_see_its_drafts() {
        UUID id = createFull();

        assertProblem(api.anonymous().post("/api/experiences", FullRecordJson.of("Sans agent")), 401,
                "Connexion requise");
        assertProblem(api.as(ALFORTVILLE).post("/api/experiences", FullRecordJson.of("Pour un autre")), 403,
                "Action réservée à la collectivité");
        assertProblem(api.as(ALFORTVILLE).put("/api/experiences/" + id, FullRecordJson.of("Détourné"), null), 403,
                "Action réservée à la collectivité");
        assertProblem(api.anonymous().get("/api/experiences/" + id), 404, "Retour d'expérience introuvable");

        assertThat(api.post("/api/experiences/" + id + "/publication", "").status()).isEqualTo(200);
        assertThat(api.anonymous().get("/api/experiences/" + id).status()).isEqualTo(200);
        assertProblem(api.as(ALFORTVILLE).post("/api/experiences/" + id + "/archivage", ""), 403,
                "Action réservée à la collectivité");
        assertProblem(api.as(ALFORTVILLE).send("DELETE", "/api/experiences/" + id + "/contact", null, null), 403,
                "Action réservée à la collectivité");
        assertThat(outbox.of(id)).hasSize(2);
    }

    @Test
    void a_collectivite_unknown_to_the_referential_is_refused() {
        String body = api.experienceJson("Projet d'une inconnue", "Résumé.", KnownCollectivites.UNKNOWN, "cloud");

        Response response = api.as(KnownCollectivites.UNKNOWN).post("/api/experiences", body);

        assertProblem(response, 422, "Collectivité inconnue");
        assertThat(response.body().get("siren").asString()).isEqualTo(KnownCollectivites.UNKNOWN);
        assertThat(response.body().get("detail").asString())
                .as("the agent learns what to do when the number is right")
                .contains("demandez à l'administrateur du syndicat de l'ajouter au référentiel");
    }

    @Test
    void a_contact_needs_consent() {
        String withoutConsent = FullRecordJson.of("Sans consentement").replace("\"consent\": true", "\"consent\": false");

        Response response = api.post("/api/experiences", withoutConsent);

        assertProblem(response, 400, "Requête invalide");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("contact.consent");
    }

    @Test
    void erasing_the_contact_removes_it_from_the_record_and_from_every_event_kept_in_the_outbox() {
        UUID id = createFull();
        assertThat(api.post("/api/experiences/" + id + "/publication", "").status()).isEqualTo(200);

        Response erased = api.send("DELETE", "/api/experiences/" + id + "/contact", null, null);
        Response twice = api.send("DELETE", "/api/experiences/" + id + "/contact", null, null);

        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.body().has("contact")).isFalse();
        assertThat(twice.body().get("version").asLong()).isEqualTo(erased.body().get("version").asLong());
        assertThat(api.get("/api/experiences/" + id).body().has("contact")).isFalse();
        assertThat(outbox.of(id)).extracting(Row::type).endsWith("experience.record.contact-erased");
        assertThat(outbox.payloadsOf(id)).hasSize(3).noneMatch(payload -> payload.contains("c.martin@gironde.fr"));
    }

    @Test
    void the_dpo_erases_a_person_from_every_record_and_no_one_else_may() {
        String email = "personne." + UUID.randomUUID().toString().substring(0, 8) + "@example.fr";
        UUID first = createWithContact(email);
        UUID second = createWithContact(email.toUpperCase());
        String request = "{\"email\": \"" + email + "\"}";

        Response anonymous = api.anonymous().post("/api/contacts/effacements", request);
        Response agent = api.post("/api/contacts/effacements", request);
        Response erased = api.withToken(TestIssuer.shared().dpo()).post("/api/contacts/effacements", request);

        assertProblem(anonymous, 401, "Connexion requise");
        assertProblem(agent, 403, "Accès refusé");
        assertThat(erased.status()).as(erased.text()).isEqualTo(200);
        assertThat(erased.body().get("records").values()).extracting(JsonNode::asString)
                .containsExactlyInAnyOrder(first.toString(), second.toString());
        assertThat(api.get("/api/experiences/" + first).body().has("contact")).isFalse();
        assertThat(outbox.payloadsOf(second)).noneMatch(payload -> payload.toLowerCase().contains(email));
        String audited = jdbc.sql("SELECT payload::text FROM outbox WHERE type = 'platform.audit.recorded' "
                + "AND payload -> 'data' ->> 'action' = 'contact.erased-everywhere' AND payload::text LIKE :first")
                .param("first", "%" + first + "%").query(String.class).single();
        assertThat(audited).as("the DPO's act is kept, not the address it erased").doesNotContain(email)
                .contains("\"dpo\"");
        assertThat(EventContracts.violations(audited)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE details::text LIKE :email")
                .param("email", "%" + email + "%").query(Long.class).single()).isZero();
    }

    private UUID createWithContact(String email) {
        Response created = api.post("/api/experiences",
                FullRecordJson.of("Fiche " + UUID.randomUUID()).replace("c.martin@gironde.fr", email));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return UUID.fromString(created.body().get("id").asString());
    }
}
