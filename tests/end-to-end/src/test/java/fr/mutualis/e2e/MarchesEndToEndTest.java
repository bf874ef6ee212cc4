package fr.mutualis.e2e;

import static fr.mutualis.e2e.SignedInCalls.download;
import static fr.mutualis.e2e.SignedInCalls.send;
import static fr.mutualis.e2e.SignedInCalls.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.procurement.decp.DecpSchemaValidator;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.RealStack;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;

/**
 * A consultation through the launched platform: the Département's agent publishes it with the élue as backup key
 * holder, two demo companies signed in on the real sign-in page deposit (one after the deadline), the élue opens the
 * bids, the agent awards and notifies, and the buyer's essential data validate against the official DECP schema; the
 * consultation is found in search-service through Debezium and Kafka.
 */
@Timeout(value = 6, unit = java.util.concurrent.TimeUnit.MINUTES)
class MarchesEndToEndTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String AGENT = "agent.gironde@demo.mutualis.fr";
    private static final String ELU = "elu.gironde@demo.mutualis.fr";
    private static final String OTHER_AGENT = "agent.bordeaux@demo.mutualis.fr";
    private static final String NUMERIA = "depot.numeria@demo.mutualis.fr";
    private static final String ATLANTIC = "depot.atlantic-logiciels@demo.mutualis.fr";
    private static final String PASSPHRASE = "Phrase de passe de la DSI 2027";
    private static final String BACKUP_PASSPHRASE = "Clé de secours de la vice-présidente";
    /** Long enough to publish (two key pairs) and deposit before it. */
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    private static String marches;
    private static String search;

    @BeforeAll
    static void platform() {
        PlatformServices services = RealStack.startServices();
        RealStack.registerConnectors();
        marches = services.url("marches-service") + "/api/marches";
        search = services.url("search-service");
    }

    @Test
    void a_consultation_is_published_bid_for_opened_after_its_deadline_awarded_and_in_the_open_data() {
        String word = "visioconference" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        Instant deadline = Instant.now().plus(DEADLINE).truncatedTo(ChronoUnit.SECONDS);
        String body = """
                {"reference": "E2E-%s", "objet": "Solution de %s pour les collèges", "codeCpv": "48000000-8",
                 "procedure": "Procédure adaptée", "categorie": "fournitures", "montantEstime": 90000,
                 "lieuExecution": {"code": "33063"}, "dateLimite": "%s"}
                """.formatted(Long.toString(System.nanoTime(), 36), word,
                LocalDateTime.ofInstant(deadline, PARIS));
        String id = send("POST", marches + "/consultations", AGENT, body, 201).path("id").asString();
        String path = marches + "/consultations/" + id;
        upload("POST", path + "/dce", "fichier", Map.of("RC.pdf", pdf("Règlement de la consultation " + word)), AGENT,
                200);
        send("PUT", path + "/cles/principal", AGENT, "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}", 204);
        send("PUT", path + "/cles/secours", ELU, "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}", 204);
        send("GET", path, null, null, 404);
        assertThat(send("POST", path + "/publication", AGENT, null, 200).path("etat").asString()).isEqualTo("publiee");
        send("GET", path, OTHER_AGENT, null, 200);

        byte[] offer = pdf("Offre de Numeria pour la " + word);
        JsonNode receipt = upload("POST", path + "/depots", "fichiers", Map.of("offre.pdf", offer), NUMERIA, 201);
        assertThat(receipt.path("horsDelai").asBoolean()).isFalse();
        send("POST", path + "/ouverture", ELU, "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}", 409);

        JsonNode hit = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> send("GET", search + "/api/consultations?q=" + word, null, null, 200).path("hits"),
                        items -> items.size() > 0);
        assertThat(hit.get(0).path("id").asString()).isEqualTo(id);

        await().atMost(DEADLINE.plusSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "cloturee".equals(send("GET", path, null, null, 200).path("etat").asString()));
        JsonNode late = upload("POST", path + "/depots", "fichiers", Map.of("offre.pdf", pdf("Tardive " + word)),
                ATLANTIC, 201);
        assertThat(late.path("horsDelai").asBoolean()).isTrue();

        send("POST", path + "/ouverture", OTHER_AGENT, "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}", 404);
        JsonNode opened = send("POST", path + "/ouverture", ELU,
                "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}", 200);
        assertThat(opened.path("offres")).hasSize(1);
        assertThat(opened.path("horsDelai")).hasSize(1);
        String link = opened.path("offres").get(0).path("fichiers").get(0).path("lien").asString();
        assertThat(download(marches.replace("/api/marches", "") + link, AGENT)).isEqualTo(offer);

        JsonNode contracts = send("POST", path + "/attribution", AGENT, """
                {"attributions": [{"titulaires": [{"id": "41234567000019", "denomination": "Numeria Conseil SAS"}],
                  "montant": 84250.00, "dureeMois": 36, "formePrix": "Unitaire", "typesPrix": ["Définitif révisable"]}]}
                """, 201);
        String contract = contracts.get(0).path("id").asString();
        String today = LocalDate.now(PARIS).toString();
        send("POST", marches + "/marches/" + contract + "/notification", AGENT,
                "{\"dateNotification\": \"" + today + "\"}", 200);

        String decp = new String(download(marches + "/donnees-essentielles/223300013/" + today.substring(0, 4), null),
                StandardCharsets.UTF_8);
        assertThat(new DecpSchemaValidator().validate(decp)).isEmpty();
        assertThat(decp).contains(word, "41234567000019");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> "attribuee".equals(send("GET", search + "/api/consultations/" + id, null, null, 200)
                        .path("state").asString()));
    }

    private static byte[] pdf(String text) {
        return DemoDocuments.simplePdf("Mutualis", List.of(text));
    }
}
