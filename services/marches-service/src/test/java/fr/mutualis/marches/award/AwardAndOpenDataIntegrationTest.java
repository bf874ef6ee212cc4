package fr.mutualis.marches.award;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.marches.support.Documents;
import fr.mutualis.marches.support.MarchesIntegrationTest;
import fr.mutualis.procurement.decp.DecpSchemaValidator;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * After the opening, the award (one contract per lot), the notification and an avenant, and the buyer's essential
 * data: valid against the official DECP 2.0.3 schema, from 40,000 € HT, with the modification; and their OCDS.
 */
class AwardAndOpenDataIntegrationTest extends MarchesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anOpenedConsultationIsAwardedNotifiedModifiedAndPublishedAsValidDecp() {
        String id = openedWithBids("ATTRIB-" + shortId());
        String path = "/api/marches/consultations/" + id;
        String award = """
                {"attributions": [
                  {"lot": 1, "titulaires": [{"typeIdentifiant": "SIRET", "id": "%s", "denomination": "Numeria Conseil SAS"}],
                   "montant": 118500.00, "dureeMois": 24, "formePrix": "Forfaitaire", "typesPrix": ["Définitif révisable"],
                   "ccag": "Techniques de l'information et de la communication",
                   "considerationsEnvironnementales": ["Clause environnementale"], "attributionAvance": true, "tauxAvance": 0.05},
                  {"lot": 2, "titulaires": [{"id": "%s", "denomination": "Atlantic Logiciels SARL"}],
                   "montant": 30000, "dureeMois": 12, "formePrix": "Unitaire", "typesPrix": ["Définitif ferme"]}]}
                """.formatted(NUMERIA, ATLANTIC);
        assertThat(as(BORDEAUX, "agent.bordeaux@demo.mutualis.fr", "agent").post(path + "/attribution", award)
                .getStatusCode().value()).isEqualTo(404);
        var badSiret = buyer().post(path + "/attribution", award.replace(ATLANTIC, "52398765900018"));
        assertThat(badSiret.getStatusCode().value()).isEqualTo(400);
        assertThat(badSiret.getBody().path("errors").get(0).path("field").asString())
                .isEqualTo("attributions[1].titulaires[0].id");
        var badLabel = buyer().post(path + "/attribution", award.replace("Forfaitaire", "Au forfait"));
        assertThat(badLabel.getBody().path("errors").get(0).path("field").asString())
                .isEqualTo("attributions[0].formePrix");

        var awarded = buyer().post(path + "/attribution", award);
        assertThat(awarded.getStatusCode().value()).as(awarded.toString()).isEqualTo(201);
        assertThat(awarded.getBody()).hasSize(2);
        assertThat(awarded.getBody().get(0).path("offresRecues").asInt()).isEqualTo(1);
        assertThat(anonymous().get(path).getBody().path("etat").asString()).isEqualTo("attribuee");
        assertThat(events(id)).last().isEqualTo("marches.consultation.awarded");
        assertThat(buyer().get(path + "/marches").getBody()).hasSize(2);
        // Holders and amounts are public once notified, not during the standstill.
        assertThat(anonymous().get(path + "/marches").getBody()).isEmpty();
        assertThat(anonymous().get(path).getBody().path("attributions").get(0).has("amount")).isFalse();
        String lot1 = awarded.getBody().get(0).path("id").asString();
        String lot2 = awarded.getBody().get(1).path("id").asString();

        LocalDate today = serviceToday();
        assertThat(buyer().post("/api/marches/marches/" + lot1 + "/modifications", modification(today))
                .getStatusCode().value()).isEqualTo(409);
        assertThat(buyer().post("/api/marches/marches/" + lot1 + "/notification",
                "{\"dateNotification\": \"" + today.plusDays(1) + "\"}").getStatusCode().value())
                .isEqualTo(400);
        for (String contract : new String[] {lot1, lot2}) {
            assertThat(buyer().post("/api/marches/marches/" + contract + "/notification",
                    "{\"dateNotification\": \"" + today + "\"}").getStatusCode().value()).isEqualTo(200);
        }
        assertThat(anonymous().get(path + "/marches").getBody()).hasSize(2);
        var modified = buyer().post("/api/marches/marches/" + lot1 + "/modifications", modification(today));
        assertThat(modified.getStatusCode().value()).as(modified.toString()).isEqualTo(200);
        assertThat(events(lot1)).containsExactly("marches.contract.notified", "marches.contract.modified");

        String decp = new String(anonymous().download("/api/marches/donnees-essentielles/" + GIRONDE + "/"
                + today.getYear()).getBody(), StandardCharsets.UTF_8);
        assertThat(new DecpSchemaValidator().validate(decp)).isEmpty();
        JsonNode marches = JSON.readTree(decp).path("marches").path("marche");
        JsonNode mine = null;
        for (JsonNode marche : marches) {
            if (marche.path("objet").asString().contains("Lot 1 : Développement")
                    && marche.path("titulaires").get(0).path("titulaire").path("id").asString().equals(NUMERIA)
                    && marche.path("montant").decimalValue().compareTo(new java.math.BigDecimal("118500")) == 0) {
                mine = marche;
            }
        }
        assertThat(mine).as(decp).isNotNull();
        assertThat(mine.path("modifications")).hasSize(1);
        assertThat(mine.path("acheteur").path("id").asString()).hasSize(14).startsWith(GIRONDE);
        // Lot 2 is worth 30,000 € HT, but the need (the whole consultation) 180,000 €: it is in the essential data.
        assertThat(decp).contains(ATLANTIC);

        JsonNode ocds = JSON.readTree(anonymous().download("/api/marches/donnees-essentielles/" + GIRONDE + "/"
                + today.getYear() + "/ocds").getBody());
        assertThat(ocds.path("version").asString()).isEqualTo("1.1");
        assertThat(ocds.path("releases")).isNotEmpty();
        assertThat(anonymous().get("/api/marches/donnees-essentielles/" + GIRONDE + "/20x6").getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void anOpenedConsultationWithoutAcceptableBidIsDeclaredUnsuccessful() {
        String id = openedWithBids("INFRUCT-" + shortId());
        var unsuccessful = buyer().post("/api/marches/consultations/" + id + "/infructueuse",
                "{\"motif\": \"Offre unique anormalement basse, rejetée après demande de précisions.\"}");
        assertThat(unsuccessful.getStatusCode().value()).isEqualTo(200);
        assertThat(events(id)).last().isEqualTo("marches.consultation.declared-unsuccessful");
        assertThat(buyer().post("/api/marches/consultations/" + id + "/attribution", "{\"attributions\": []}")
                .getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void aConsultationWithoutBidsCannotBeAwarded() {
        String id = published("SANSOFFRE-" + shortId(), parisIn(60));
        CLOCK.advance(Duration.ofSeconds(61));
        assertThat(buyer().post("/api/marches/consultations/" + id + "/ouverture",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}").getStatusCode().value()).isEqualTo(200);
        // Opened past the deadline before the watch closed it: closed first, as an event of its own.
        assertThat(events(id)).containsSubsequence("marches.consultation.closed", "marches.consultation.opened");
        var award = buyer().post("/api/marches/consultations/" + id + "/attribution", """
                {"attributions": [{"titulaires": [{"id": "%s", "denomination": "Numeria"}], "montant": 1000,
                  "dureeMois": 1, "formePrix": "Unitaire", "typesPrix": ["Définitif ferme"]}]}""".formatted(NUMERIA));
        assertThat(award.getStatusCode().value()).isEqualTo(400);
        assertThat(award.getBody().path("errors").get(0).path("field").asString()).isEqualTo("attributions");
    }

    private String openedWithBids(String reference) {
        String id = published(reference, parisIn(120));
        var deposited = company(NUMERIA).upload("/api/marches/consultations/" + id + "/depots", "fichiers",
                Map.of("offre.pdf", Documents.pdf("Offre " + reference)));
        assertThat(deposited.getStatusCode().value()).as(deposited.toString()).isEqualTo(201);
        CLOCK.advance(Duration.ofSeconds(121));
        var opened = buyer().post("/api/marches/consultations/" + id + "/ouverture",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}");
        assertThat(opened.getStatusCode().value()).as(opened.toString()).isEqualTo(200);
        return id;
    }

    private static String modification(LocalDate date) {
        return "{\"objet\": \"Avenant n° 1 : maintenance du module de rendez-vous\", \"montant\": 131000.00,"
                + " \"dateNotification\": \"" + date + "\"}";
    }
}
