package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.RealStack;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Actes through the launched platform: demat-service with the launcher's demo certification authority and clamd,
 * the préfecture simulator as the other party, Debezium, Kafka and search-service. Agents and the élu sign in as the
 * demo accounts do, on the real sign-in page.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class DematEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String AGENT = "agent.gironde@demo.mutualis.fr";
    private static final String ELU = "elu.gironde@demo.mutualis.fr";
    private static final String OTHER_AGENT = "agent.bordeaux@demo.mutualis.fr";

    private static String demat;
    private static String search;

    @BeforeAll
    static void platform() {
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        demat = services.url("demat-service");
        search = services.url("search-service");
    }

    @Test
    void a_deliberation_is_signed_transmitted_acknowledged_stamped_published_and_found_by_a_word_of_its_pdf() {
        String word = "geothermie" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        String id = signedActe("5.2", "Adhésion au réseau départemental de chaleur " + word,
                "Le conseil départemental décide d'adhérer au réseau de chaleur par " + word + "s profondes.");

        JsonNode transmitted = send("POST", "/api/demat/actes/" + id + "/transmission", AGENT, null, 200);
        assertThat(transmitted.path("etat").asText()).isEqualTo("transmis");
        JsonNode acknowledged = awaitState(id, "acquitte");
        assertThat(acknowledged.path("transmission").path("identifiantAR").asText())
                .isEqualTo(acknowledged.path("identifiant").asText());

        JsonNode published = send("POST", "/api/demat/actes/" + id + "/publication", AGENT, null, 200);
        assertThat(published.path("etat").asText()).isEqualTo("publie");
        byte[] stamped = download(published.path("documentTamponne").path("url").asText());
        String stampedText = new String(stamped, StandardCharsets.ISO_8859_1);
        assertThat(stampedText).startsWith("%PDF");
        // The signed original is untouched: its signature still verifies, as a copy anyone downloads.
        JsonNode verification = send("GET", "/api/demat/actes/" + id + "/signature/verification", null, null, 200);
        assertThat(verification.path("valid").asBoolean()).isTrue();
        // Published: public now, to anyone.
        assertThat(send("GET", "/api/demat/actes/" + id, null, null, 200).path("objet").asText()).contains(word);

        JsonNode hit = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> firstHit(word + "s"), found -> found != null);
        assertThat(hit.path("id").asText()).isEqualTo(id);

        String csv = new String(download("/api/demat/donnees-ouvertes/223300013/" + LocalDate.now().getYear() + ".csv"),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("COLL_NOM,COLL_SIRET,DELIB_ID").contains(word);
    }

    @Test
    void the_prefecture_refuses_an_acte_and_asks_for_pieces_complementaires_of_another() {
        String refused = signedActe("9.4", "Vœu relatif à la desserte ferroviaire", "Le conseil émet le vœu suivant.");
        send("POST", "/api/demat/actes/" + refused + "/transmission", AGENT, null, 200);
        JsonNode refusal = awaitState(refused, "refuse-par-la-prefecture");
        assertThat(refusal.path("transmission").path("messagePrefecture").asText()).isNotBlank();

        String contract = signedActe("1.1", "Attribution du marché de maintenance des collèges",
                "Le marché est attribué à l'entreprise la mieux disante.");
        send("POST", "/api/demat/actes/" + contract + "/transmission", AGENT, null, 200);
        JsonNode requested = awaitState(contract, "pieces-demandees");
        assertThat(requested.path("transmission").path("messagePrefecture").asText()).contains("rapport d'analyse");
        JsonNode answered = upload("POST", "/api/demat/actes/" + contract + "/pieces-complementaires", "pieces",
                "rapport-analyse-offres.pdf", pdf("Rapport d'analyse des offres."), AGENT, 200);
        assertThat(answered.path("etat").asText()).isEqualTo("acquitte");
        List<String> actions = history(contract);
        assertThat(actions).containsSubsequence("Transmis en préfecture", "Accusé de réception reçu",
                "Pièces complémentaires demandées", "Pièces complémentaires envoyées");
    }

    @Test
    void an_agent_of_another_collectivite_can_neither_read_the_draft_nor_act_on_it() {
        String id = draft("5.2", "Projet de délibération en préparation");
        sendExpecting("GET", "/api/demat/actes/" + id, OTHER_AGENT, 404);
        sendExpecting("GET", "/api/demat/actes/" + id, null, 404);
        sendExpecting("POST", "/api/demat/actes/" + id + "/transmission", OTHER_AGENT, 404);
    }

    private String signedActe(String matiere, String objet, String text) {
        String id = draft(matiere, objet);
        upload("PUT", "/api/demat/actes/" + id + "/document", "fichier", "deliberation.pdf", pdf(text), AGENT, 200);
        send("POST", "/api/demat/actes/" + id + "/circuit", AGENT, """
                {"etapes": [{"type": "visa", "agent": "%s"}, {"type": "signature", "role": "elu"}]}""".formatted(AGENT),
                200);
        send("POST", "/api/demat/actes/" + id + "/visa", AGENT, null, 200);
        JsonNode signed = send("POST", "/api/demat/actes/" + id + "/signature", ELU, null, 200);
        assertThat(signed.path("etat").asText()).isEqualTo("signe");
        return id;
    }

    private String draft(String matiere, String objet) {
        String numero = "E" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String body = JSON.createObjectNode().put("nature", 1).put("matiere", matiere).put("numero", numero)
                .put("objet", objet).put("dateDecision", LocalDate.now().toString()).toString();
        return send("POST", "/api/demat/actes", AGENT, body, 201).path("id").asText();
    }

    private JsonNode awaitState(String id, String state) {
        return await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500))
                .until(() -> send("GET", "/api/demat/actes/" + id, AGENT, null, 200),
                        acte -> acte.path("etat").asText().equals(state));
    }

    private List<String> history(String id) {
        List<String> actions = new java.util.ArrayList<>();
        send("GET", "/api/demat/actes/" + id + "/historique", AGENT, null, 200)
                .forEach(line -> actions.add(line.path("action").asText()));
        return actions;
    }

    private JsonNode firstHit(String query) {
        JsonNode page = sendUrl("GET", search + "/api/actes?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8),
                null, null, 200);
        JsonNode hits = page.path("resultats").isMissingNode() ? page.path("hits") : page.path("resultats");
        return hits.isArray() && !hits.isEmpty() ? hits.get(0) : null;
    }

    private static byte[] pdf(String text) {
        return fr.mutualis.pdf.DemoDocuments.simplePdf("Département de la Gironde", List.of(text));
    }

    private JsonNode send(String method, String path, String user, String body, int expected) {
        return SignedInCalls.send(method, demat + path, user, body, expected);
    }

    private void sendExpecting(String method, String path, String user, int expected) {
        SignedInCalls.send(method, demat + path, user, null, expected);
    }

    private static JsonNode sendUrl(String method, String url, String user, String body, int expected) {
        return SignedInCalls.send(method, url, user, body, expected);
    }

    private JsonNode upload(String method, String path, String part, String name, byte[] content, String user,
                            int expected) {
        return SignedInCalls.upload(method, demat + path, part, java.util.Map.of(name, content), user, expected);
    }

    private byte[] download(String path) {
        return SignedInCalls.download(demat + path, null);
    }
}
