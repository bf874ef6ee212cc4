package fr.mutualis.marches.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.marches.support.Documents;
import fr.mutualis.marches.support.MarchesApi;
import fr.mutualis.marches.support.MarchesIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A consultation from its draft to its publication: the rules of the buyer's side, the DCE and questions. */
class ConsultationLifecycleIntegrationTest extends MarchesIntegrationTest {

    @Test
    void aDraftIsTheBuyersOnlyAndPublicationNeedsTheDceAndTwoKeyHolders() {
        String id = draft("DRAFT-" + shortId(), parisIn(3600));

        assertThat(buyer().get("/api/marches/consultations/" + id).getStatusCode().value()).isEqualTo(200);
        assertThat(anonymous().get("/api/marches/consultations/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(company(NUMERIA).get("/api/marches/consultations/" + id).getStatusCode().value()).isEqualTo(404);
        assertThat(as(BORDEAUX, "agent.bordeaux@demo.mutualis.fr", "agent").get("/api/marches/consultations/" + id)
                .getStatusCode().value()).isEqualTo(404);
        assertThat(as(BORDEAUX, "agent.bordeaux@demo.mutualis.fr", "agent")
                .post("/api/marches/consultations/" + id + "/publication", "{}").getStatusCode().value()).isEqualTo(404);

        var noDce = buyer().post("/api/marches/consultations/" + id + "/publication", "{}");
        assertThat(noDce.getStatusCode().value()).isEqualTo(400);
        assertThat(noDce.getBody().path("errors").get(0).path("field").asString()).isEqualTo("detenteursDeCle");

        assertThat(buyer().put("/api/marches/consultations/" + id + "/cles/principal",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}").getStatusCode().value()).isEqualTo(204);
        var sameHolder = buyer().put("/api/marches/consultations/" + id + "/cles/secours",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}");
        assertThat(sameHolder.getStatusCode().value()).isEqualTo(400);
        // Nobody takes over a key another person holds.
        assertThat(as(GIRONDE, "agent3.gironde@demo.mutualis.fr", "agent").put("/api/marches/consultations/" + id
                + "/cles/principal", "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}").getStatusCode().value())
                .isEqualTo(409);
        holdKeys(id);
        var weak = backupHolder().put("/api/marches/consultations/" + id + "/cles/secours", "{\"phraseDePasse\": \"court\"}");
        assertThat(weak.getStatusCode().value()).isEqualTo(400);
        assertThat(weak.getBody().path("errors").get(0).path("field").asString()).isEqualTo("phraseDePasse");

        var stillNoDce = buyer().post("/api/marches/consultations/" + id + "/publication", "{}");
        assertThat(stillNoDce.getBody().path("errors").get(0).path("field").asString()).isEqualTo("dce");

        addDce(id, "RC.pdf");
        var published = buyer().post("/api/marches/consultations/" + id + "/publication", "{}");
        assertThat(published.getStatusCode().value()).isEqualTo(200);
        assertThat(published.getBody().path("etat").asString()).isEqualTo("publiee");
        assertThat(published.getBody().path("offresRecevables").asBoolean()).isTrue();
        assertThat(anonymous().get("/api/marches/consultations/" + id).getBody().path("objet").asString())
                .isEqualTo("Refonte du portail des démarches en ligne");
        assertThat(events(id)).containsExactly("marches.consultation.published");
        // The keys' private halves are stored sealed: the passphrase itself is nowhere in the database.
        assertThat(jdbc.sql("SELECT count(*) FROM consultation_key_holder WHERE consultation_id = :id"
                        + " AND (position(convert_to(:p, 'UTF8') in sealed_private_key) > 0)")
                .param("id", UUID.fromString(id)).param("p", PASSPHRASE).query(Long.class).single()).isZero();
    }

    @Test
    void badDetailsAreRefusedFieldByField() {
        String base = MarchesApi.consultation("BAD-" + shortId(), parisIn(3600));
        assertThat(field(base.replace("72000000-5", "72000001-5"))).isEqualTo("codeCpv");
        assertThat(field(base.replace("Procédure adaptée", "Procédure magique"))).isEqualTo("procedure");
        assertThat(field(base.replace("\"services\"", "\"logiciels\""))).isEqualTo("categorie");
        assertThat(field(base.replace("180000.00", "-1"))).isEqualTo("montantEstime");
        assertThat(field(base.replace("\"numero\": 2", "\"numero\": 1"))).isEqualTo("lots[1].numero");
        // The hour skipped when Paris goes to summer time does not exist.
        assertThat(field(base.replaceFirst("\"dateLimite\": \"[^\"]+\"", "\"dateLimite\": \"2027-03-28T02:30\"")))
                .isEqualTo("dateLimite");
        assertThat(field(base.replaceFirst("\"dateLimite\": \"[^\"]+\"", "\"dateLimite\": \"15/01/2027\"")))
                .isEqualTo("dateLimite");
        assertThat(field(base.replaceFirst("\"dateLimite\": \"[^\"]+\"", "\"dateLimite\": \"+300000-01-01T00:00\"")))
                .isEqualTo("dateLimite");
        assertThat(field(base.replace("Refonte du portail", "Refonte\\tdu portail"))).isEqualTo("objet");
        assertThat(field(base.replace("\"33063\"", "\"99999\""))).isEqualTo("lieuExecution.code");
        var unknownField = buyer().post("/api/marches/consultations", base.replace("{\"reference\"",
                "{\"budgetSecret\": 1, \"reference\""));
        assertThat(unknownField.getStatusCode().value()).isEqualTo(400);
        var company = company(NUMERIA).post("/api/marches/consultations", base);
        assertThat(company.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theDceIsWithdrawnIntoTheRegisterAndItsChangesReachThoseWhoWithdrewIt() {
        String id = published("RETRAITS-" + shortId(), parisIn(3600));
        String sha = buyer().get("/api/marches/consultations/" + id).getBody().path("dce").get(0).path("sha256")
                .asString();
        String path = "/api/marches/consultations/" + id + "/dce/" + sha;
        assertThat(company(NUMERIA).download(path).getBody()).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(anonymous().download(path).getStatusCode().value()).isEqualTo(200);

        JsonNode register = buyer().get("/api/marches/consultations/" + id + "/retraits").getBody();
        assertThat(register).hasSize(2);
        assertThat(register.get(0).path("siret").asString()).isEqualTo(NUMERIA);
        assertThat(register.get(1).path("anonyme").asBoolean()).isTrue();
        assertThat(company(NUMERIA).get("/api/marches/consultations/" + id + "/retraits").getStatusCode().value())
                .isEqualTo(403);

        var modified = buyer().upload("/api/marches/consultations/" + id + "/dce?dateLimite=" + parisIn(7200),
                "fichier", Map.of("CCTP-v2.pdf", Documents.pdf("CCTP version 2 " + id)));
        assertThat(modified.getStatusCode().value()).isEqualTo(200);
        assertThat(modified.getBody().path("dce")).hasSize(2);
        JsonNode notices = company(NUMERIA).get("/api/marches/entreprise/avis").getBody();
        assertThat(notices).anySatisfy(notice -> {
            assertThat(notice.path("consultationId").asString()).isEqualTo(id);
            assertThat(notice.path("message").asString()).contains("CCTP-v2.pdf", "nouvelle date limite");
        });
        assertThat(events(id)).containsExactly("marches.consultation.published", "marches.consultation.dce-modified");

        var earlier = buyer().post("/api/marches/consultations/" + id + "/report-date-limite",
                "{\"dateLimite\": \"" + parisIn(60) + "\", \"motif\": \"Erreur\"}");
        assertThat(earlier.getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void questionsArePublishedAnsweredWithoutTheirAuthor() {
        String id = published("QUESTIONS-" + shortId(), parisIn(3600));
        var asked = company(ATLANTIC).post("/api/marches/consultations/" + id + "/questions",
                "{\"question\": \"Le lot 2 peut-il être hébergé hors de France ?\"}");
        assertThat(asked.getStatusCode().value()).isEqualTo(201);
        String questionId = asked.getBody().path("id").asString();
        assertThat(anonymous().get("/api/marches/consultations/" + id).getBody().path("questions")).isEmpty();
        assertThat(buyer().get("/api/marches/consultations/" + id).getBody().path("questions").get(0)
                .path("siretAuteur").asString()).isEqualTo(ATLANTIC);

        var answered = buyer().post("/api/marches/consultations/" + id + "/questions/" + questionId + "/reponse",
                "{\"reponse\": \"Non, en France.\"}");
        assertThat(answered.getStatusCode().value()).isEqualTo(200);
        JsonNode publicQuestion = company(NUMERIA).get("/api/marches/consultations/" + id).getBody().path("questions")
                .get(0);
        assertThat(publicQuestion.path("reponse").asString()).isEqualTo("Non, en France.");
        assertThat(publicQuestion.has("siretAuteur")).isFalse();
        assertThat(jdbc.sql("SELECT payload::text FROM outbox WHERE aggregateid = :id").param("id", id)
                .query(String.class).list()).noneMatch(payload -> payload.contains(ATLANTIC));
    }

    @Test
    void aPublishedConsultationClosesAtItsDeadline() {
        // A minute ahead: drafting, the DCE's virus scan and the key holders took more than five seconds on a loaded
        // CI machine, and the deadline had passed before the publication.
        String id = published("CLOTURE-" + shortId(), parisIn(60));
        CLOCK.advance(Duration.ofSeconds(61));
        await().atMost(Duration.ofSeconds(10)).until(() -> "cloturee".equals(anonymous()
                .get("/api/marches/consultations/" + id).getBody().path("etat").asString()));
        assertThat(events(id)).containsExactly("marches.consultation.published", "marches.consultation.closed");
        var question = company(NUMERIA).post("/api/marches/consultations/" + id + "/questions",
                "{\"question\": \"Trop tard ?\"}");
        assertThat(question.getStatusCode().value()).isEqualTo(409);
    }

    private String field(String body) {
        var answer = buyer().post("/api/marches/consultations", body);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(400);
        return answer.getBody().path("errors").get(0).path("field").asString();
    }
}
