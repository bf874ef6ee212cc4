package fr.mutualis.demat.circuit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.demat.support.DematApi;
import fr.mutualis.demat.support.DematIntegrationTest;
import fr.mutualis.demat.support.ParisDay;
import fr.mutualis.pdf.DemoDocuments;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/** Delegations in the parapheur, and the collectivité's own versions of its classification. */
class DelegationAndClassificationIntegrationTest extends DematIntegrationTest {


    @Test
    void a_delegate_takes_the_step_of_the_person_who_delegated_and_the_elu_s_delegate_signs() {
        DematApi agent = agentOfGironde();
        DematApi secondAgent = as(GIRONDE, SECOND_AGENT, "agent");
        // (SECOND_AGENT has a certificate of the test PKI, as every demo account has one of the launcher's.)
        String id = draft(agent, "Règlement intérieur des services numériques", "D" + System.nanoTime() % 1_000_000_000L);
        agent.upload("PUT", "/api/demat/actes/" + id + "/document", "fichier", "reglement.pdf", "application/pdf",
                DemoDocuments.simplePdf("Département de la Gironde", List.of("Règlement intérieur.")));
        agent.post("/api/demat/actes/" + id + "/circuit", """
                {"etapes": [{"type": "visa", "agent": "%s"}, {"type": "signature", "role": "elu"}]}""".formatted(AGENT));

        // Without a delegation, the second agent cannot take the first agent's visa.
        assertThat(secondAgent.post("/api/demat/actes/" + id + "/visa", "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String today = ParisDay.today().toString();
        var given = agent.post("/api/demat/delegations", """
                {"delegataire": "%s", "du": "%s", "au": "%s"}""".formatted(SECOND_AGENT, today, today));
        assertThat(given.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        var visa = secondAgent.post("/api/demat/actes/" + id + "/visa", "");
        assertThat(visa.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(visa.getBody().get("circuit").get(0).get("parDelegationDe").asString()).isEqualTo(AGENT);

        // The élu delegates their signature to the second agent, who signs with their own certificate. (Any élu's
        // delegate may take the steps meant for any élu: the delegation is revoked at the end, not to leak into
        // the other tests of this collectivité.)
        assertThat(secondAgent.post("/api/demat/actes/" + id + "/signature", "").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        var fromElu = eluOfGironde().post("/api/demat/delegations", """
                {"delegataire": "%s", "du": "%s", "au": "%s"}""".formatted(SECOND_AGENT, today,
                LocalDate.parse(today).plusDays(7)));
        var signed = secondAgent.post("/api/demat/actes/" + id + "/signature", "");
        assertThat(eluOfGironde().delete("/api/demat/delegations/" + fromElu.getBody().get("id").asString())
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signed.getBody().get("etat").asString()).isEqualTo("signe");
        assertThat(signed.getBody().get("circuit").get(1).get("parDelegationDe").asString()).isEqualTo(ELU);
        JsonNode check = agent.get("/api/demat/actes/" + id + "/signature/verification").getBody();
        assertThat(check.get("valid").asBoolean()).isTrue();
        assertThat(check.get("signatures").get(0).get("signerName").asString()).isEqualTo("Paul Martin");

        // A delegation is revoked by the one who gave it, and by nobody else.
        String delegation = given.getBody().get("id").asString();
        assertThat(secondAgent.delete("/api/demat/delegations/" + delegation).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(agent.delete("/api/demat/delegations/" + delegation).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void a_delegation_is_checked_before_it_is_kept() {
        DematApi agent = agentOfGironde();
        String today = ParisDay.today().toString();
        assertThat(agent.post("/api/demat/delegations", """
                {"delegataire": "%s", "du": "%s", "au": "%s"}""".formatted(AGENT, today, today)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(agent.post("/api/demat/delegations", """
                {"delegataire": "%s", "du": "%s", "au": "%s"}""".formatted(SECOND_AGENT, today, "2020-01-01"))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(agent.post("/api/demat/delegations", """
                {"delegataire": "pas-une-adresse", "du": "%s", "au": "%s"}""".formatted(today, today))
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void a_collectivite_declares_its_own_version_of_the_classification() {
        JsonNode byDefault = anonymous().get("/api/demat/collectivites/" + BECHEREL + "/classification").getBody();
        assertThat(byDefault.get("matieres").get("1.1").asString()).isEqualTo("Marchés publics");

        DematApi agent = as(BECHEREL, "agent.becherel@demo.mutualis.fr", "agent");
        String version = ParisDay.today().toString();
        var declared = agent.put("/api/demat/collectivites/" + BECHEREL + "/classification", """
                {"version": "%s", "matieres": {"1": "Commande publique", "1.1": "Marchés publics",
                 "8": "Domaines de compétences par thèmes", "8.10": "Numérique"}}""".formatted(version));
        assertThat(declared.getStatusCode()).isEqualTo(HttpStatus.OK);
        // Not another collectivité's, and a sub-level needs its parent.
        assertThat(agentOfGironde().put("/api/demat/collectivites/" + BECHEREL + "/classification", """
                {"version": "2099-01-01", "matieres": {"1": "Commande publique"}}""").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(agent.put("/api/demat/collectivites/" + BECHEREL + "/classification", """
                {"version": "2099-01-01", "matieres": {"7.1": "Décisions budgétaires"}}""").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);

        var numerique = agent.post("/api/demat/actes", DematApi.acte(1, "8.10", "N" + System.nanoTime() % 1_000_000L,
                "Stratégie numérique de la commune", ParisDay.today().toString()));
        assertThat(numerique.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(numerique.getBody().get("matiere").get("libelle").asString()).isEqualTo("Numérique");
        assertThat(agent.post("/api/demat/actes", DematApi.acte(1, "5.2", "M" + System.nanoTime() % 1_000_000L,
                "Matière absente de la nouvelle version", ParisDay.today().toString())).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static String draft(DematApi agent, String objet, String numero) {
        var created = agent.post("/api/demat/actes", DematApi.acte(2, "5.2", numero, objet, ParisDay.today().toString()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asString();
    }
}
