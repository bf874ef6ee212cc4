package fr.mutualis.e2e.portal;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.PlatformTokens;
import fr.mutualis.testing.stack.RealStack;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The démat and marchés pages: the Département's agent finds a consultation ready to publish among their
 * collectivité's, publishes it with the page's form and sees it in its history; finds a signed acte among their
 * collectivité's, transmits it to the préfecture with the page's form and sees it in its history; a visitor then reads
 * the published consultation and downloads its DCE through the portal, and searches the published actes. With
 * JavaScript and without; every page checked by axe-core.
 */
class PortalDematMarchesEndToEndTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String AGENT = "agent.gironde@demo.mutualis.fr";
    private static final String ELU = "elu.gironde@demo.mutualis.fr";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String portal;
    private static String marches;
    private static String demat;

    @BeforeAll
    static void platform() {
        portal = TestPortal.url();
        PlatformServices services = RealStack.startServices();
        marches = services.url("marches-service") + "/api/marches";
        demat = services.url("demat-service") + "/api/demat";
    }

    @ParameterizedTest(name = "JavaScript : {0}")
    @ValueSource(booleans = {true, false})
    void an_agent_publishes_a_consultation_and_transmits_an_acte_and_a_visitor_reads_them(boolean javascript)
            throws Exception {
        String consultation = consultationReadyToPublish();
        String acte = signedActe();
        try (PortalBrowser browser = PortalBrowser.open(portal, javascript)) {
            browser.signIn(AGENT, DemoAccounts.PASSWORD);

            browser.visit("/marches/mes-consultations", "marches-mes-consultations", "Consultations de ma collectivité");
            browser.find(By.cssSelector("a[href='/marches/" + consultation + "']")).click();
            browser.audit("marches-consultation-brouillon", "Consultation (acheteur, brouillon)");
            assertThat(browser.mainText()).contains("Brouillon", "heure de Paris, UTC+0");
            browser.find(By.xpath("//button[normalize-space()='Publier la consultation']")).click();
            browser.audit("marches-consultation-publiee", "Consultation publiée (acheteur)");
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Publiée");
            assertThat(browser.find(By.cssSelector("#titre-historique + .tableau")).getText())
                    .contains("Consultation publiée");

            browser.visit("/actes", "actes", "Actes de ma collectivité");
            browser.visit("/actes?etat=signe", "actes-signes", "Actes de ma collectivité : signés");
            browser.find(By.cssSelector("a[href='/actes/" + acte + "']")).click();
            browser.audit("acte-signe", "Acte signé");
            assertThat(browser.mainText()).contains("Signé", "Historique");
            browser.find(By.xpath("//button[normalize-space()='Transmettre en préfecture']")).click();
            browser.audit("acte-transmis", "Acte transmis en préfecture");
            assertThat(browser.find(By.cssSelector(".alerte--succes")).getText()).contains("Transmis en préfecture");
            assertThat(browser.find(By.cssSelector("#titre-historique + .tableau")).getText())
                    .contains("Transmis en préfecture", "Signé");
            browser.signOut();

            browser.visit("/marches", "marches", "Marchés publics");
            browser.visit("/marches/" + consultation, "marches-consultation", "Consultation publiée");
            assertThat(browser.findAll(By.xpath("//button[normalize-space()='Publier la consultation']"))).isEmpty();
            String dce = browser.find(By.cssSelector("#titre-dce ~ ul a")).getAttribute("href");
            HttpResponse<byte[]> download = HTTP.send(HttpRequest.newBuilder(URI.create(dce)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(new String(download.body(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            assertThat(download.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");

            browser.visit("/actes/publies", "actes-publies", "Actes publiés");
            browser.visit("/actes/publies?q=cantine", "actes-publies-recherche", "Actes publiés : recherche");
        }
    }

    /** A draft with its DCE and both key holders: all it lacks is « Publier ». */
    private static String consultationReadyToPublish() throws Exception {
        String deadline = LocalDateTime.now(PARIS).plusDays(10).truncatedTo(ChronoUnit.MINUTES).toString();
        String body = """
                {"reference": "PORTAIL-%s", "objet": "Maintenance des bornes de recharge des collèges",
                 "codeCpv": "50000000-5", "procedure": "Procédure adaptée", "categorie": "services",
                 "montantEstime": 45000, "lieuExecution": {"code": "33063"}, "dateLimite": "%s"}
                """.formatted(Long.toString(System.nanoTime(), 36), deadline);
        String id = call("POST", marches + "/consultations", AGENT, body, 201).path("id").asString();
        String path = marches + "/consultations/" + id;
        upload("POST", path + "/dce", "fichier", "Règlement de la consultation.pdf",
                pdf("Règlement de la consultation"), AGENT);
        call("PUT", path + "/cles/principal", AGENT, "{\"phraseDePasse\": \"Phrase de passe de la DSI 2027\"}", 204);
        call("PUT", path + "/cles/secours", ELU, "{\"phraseDePasse\": \"Clé de secours de la vice-présidente\"}", 204);
        return id;
    }

    /** A délibération signed by the élu through a one-step circuit: all it lacks is « Transmettre ». */
    private static String signedActe() throws Exception {
        String numero = "P" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String body = JSON.createObjectNode().put("nature", 1).put("matiere", "8.1").put("numero", numero)
                .put("objet", "Tarifs de la restauration scolaire des collèges")
                .put("dateDecision", LocalDate.now(PARIS).toString()).toString();
        String id = call("POST", demat + "/actes", AGENT, body, 201).path("id").asString();
        upload("PUT", demat + "/actes/" + id + "/document", "fichier", "deliberation.pdf",
                pdf("Le conseil départemental fixe les tarifs de la restauration scolaire."), AGENT);
        call("POST", demat + "/actes/" + id + "/circuit", AGENT,
                "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}", 200);
        assertThat(call("POST", demat + "/actes/" + id + "/signature", ELU, null, 200).path("etat").asString())
                .isEqualTo("signe");
        return id;
    }

    private static JsonNode call(String method, String url, String user, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + PlatformTokens.user(user));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return answer(request.build(), expected);
    }

    private static void upload(String method, String url, String part, String name, byte[] content, String user)
            throws Exception {
        String boundary = "portail-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + name + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        answer(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + PlatformTokens.user(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), 200);
    }

    private static JsonNode answer(HttpRequest request, int expected) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(request.method() + " " + request.uri() + ": " + response.body())
                .isEqualTo(expected);
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    private static byte[] pdf(String text) {
        return DemoDocuments.simplePdf("Département de la Gironde", List.of(text));
    }
}
