package fr.mutualis.prefecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import fr.mutualis.prefecture.support.Actes;
import fr.mutualis.prefecture.support.Multipart;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The préfecture as the démat service's adapter meets it, over HTTP, on the real PostgreSQL of the test run: the
 * protocol, the contrôle de légalité's answers, and every refusal as a French problem.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mutualis.prefecture.acknowledgement-delay=PT0.2S",
        "mutualis.prefecture.poll-interval=PT0.1S",
        "mutualis.prefecture.refused-natures=6",
        "mutualis.prefecture.tiers.mutualis-demat.password=" + PrefectureIntegrationTest.DEMAT_PASSWORD})
class PrefectureIntegrationTest {

    static final String DEMAT_PASSWORD = "mot-de-passe-du-tiers-demat";
    static final String OTHER_PASSWORD = "mot-de-passe-d-un-autre-tiers";

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl("prefecture_simulator_test"));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        // The other form of credentials: a bcrypt hash.
        registry.add("mutualis.prefecture.tiers.autre-tiers.password-hash",
                () -> new BCryptPasswordEncoder().encode(OTHER_PASSWORD));
    }

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void empty() {
        jdbc.sql("TRUNCATE transmission CASCADE").update();
    }

    record Answer(int status, Map<String, List<String>> headers, String text, JsonNode body) {

        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }

        boolean isProblem() {
            return String.valueOf(header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static final String DEMAT = basic("mutualis-demat", DEMAT_PASSWORD);
    private static final String OTHER = basic("autre-tiers", OTHER_PASSWORD);

    private Answer send(String method, String path, String contentType, HttpRequest.BodyPublisher body,
                        String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode parsed = null;
        if (response.headers().firstValue("Content-Type").orElse("").contains("json") && !response.body().isBlank()) {
            parsed = json.readTree(response.body());
        }
        return new Answer(response.statusCode(), response.headers().map(), response.body(), parsed);
    }

    private Answer post(String path, Multipart multipart, String authorization) throws Exception {
        return send("POST", path, multipart.contentType(), HttpRequest.BodyPublishers.ofByteArray(multipart.bytes()),
                authorization);
    }

    private Answer get(String path, String authorization) throws Exception {
        return send("GET", path, null, HttpRequest.BodyPublishers.noBody(), authorization);
    }

    private Answer cancel(String id, String body, String authorization) throws Exception {
        return send("POST", "/api/transmissions/" + id + "/annulation", body == null ? null : "application/json",
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                authorization);
    }

    private static String numero() {
        return "T" + ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
    }

    /** Transmits an acte of {@code nature} and matière {@code level1.level2}; returns the transmission's id. */
    private String transmit(String numero, int nature, int level1, int level2) throws Exception {
        Answer answer = post("/api/transmissions", Actes.transmission(
                Actes.envelope(numero, nature, level1, level2, List.of()), List.of()), DEMAT);
        assertThat(answer.status()).as(answer.text()).isEqualTo(202);
        return answer.body().get("transmissionId").asString();
    }

    private JsonNode awaitStatus(String id, String status) {
        return await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(
                () -> get("/api/transmissions/" + id, DEMAT).body(),
                body -> body.get("status").asString().equals(status));
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    @Test
    void an_acte_is_received_then_acknowledged_with_its_identifier() throws Exception {
        String numero = numero();
        String envelope = Actes.envelope(numero, 1, 3, 1, List.of("annexe-1.pdf"));
        Multipart multipart = Actes.transmission(envelope, List.of("annexe-1.pdf"));

        Answer accepted = post("/api/transmissions", multipart, DEMAT);
        String id = accepted.body().get("transmissionId").asString();
        JsonNode acknowledged = awaitStatus(id, "ACQUITTEE");

        assertThat(accepted.status()).isEqualTo(202);
        assertThat(accepted.body().get("status").asString()).isEqualTo("EN_ATTENTE");
        assertThat(accepted.body().properties()).hasSize(2);
        assertThat(accepted.header("Location")).isEqualTo("http://127.0.0.1:" + port + "/api/transmissions/" + id);
        String identifier = "033-223300013-20261130-" + numero + "-DE";
        assertThat(acknowledged.get("transmissionId").asString()).isEqualTo(id);
        assertThat(acknowledged.get("acteIdentifier").asString()).isEqualTo(identifier);
        assertThat(acknowledged.get("acknowledgement").get("identifier").asString()).isEqualTo(identifier);
        assertThat(acknowledged.get("acknowledgement").get("receivedAt").asString()).matches("\\d{4}-.*Z");
        assertThat(acknowledged.get("refusal").isNull()).isTrue();
        assertThat(acknowledged.get("complementRequest").isNull()).isTrue();
        assertThat(acknowledged.get("history").values()).extracting(step -> step.get("status").asString())
                .containsExactly("EN_ATTENTE", "ACQUITTEE");
        assertThat(acknowledged.get("history").get(0).get("detail").asString())
                .isEqualTo("Transmission reçue : l'acte et 1 annexe.");
        assertThat(jdbc.sql("SELECT role || ' ' || file_name || ' ' || size_bytes || ' ' || sha256 "
                        + "FROM transmission_document WHERE transmission_id = ?::uuid ORDER BY position").param(id)
                .query(String.class).list()).containsExactly(
                "ENVELOPPE enveloppe.xml " + envelope.getBytes(StandardCharsets.UTF_8).length + " "
                        + sha256(envelope.getBytes(StandardCharsets.UTF_8)),
                "ACTE deliberation.pdf " + Actes.pdf("délibération").length + " " + sha256(Actes.pdf("délibération")),
                "ANNEXE annexe-1.pdf " + Actes.pdf("annexe-1.pdf").length + " " + sha256(Actes.pdf("annexe-1.pdf")));
        assertThat(jdbc.sql("SELECT content FROM transmission_document WHERE transmission_id = ?::uuid AND role = 'ACTE'")
                .param(id).query(byte[].class).single()).isEqualTo(Actes.pdf("délibération"));
    }

    @Test
    void an_acte_of_a_refused_matiere_or_nature_is_refused_with_a_french_reason() throws Exception {
        String voeu = transmit(numero(), 1, 9, 4);
        String autre = transmit(numero(), 6, 3, 1);

        JsonNode refused = awaitStatus(voeu, "REFUSEE");
        JsonNode refusedNature = awaitStatus(autre, "REFUSEE");

        assertThat(refused.get("refusal").get("reason").asString()).contains("matière 9.4");
        assertThat(refused.get("acknowledgement").isNull()).isTrue();
        assertThat(refused.get("history").values()).extracting(step -> step.get("status").asString())
                .containsExactly("EN_ATTENTE", "REFUSEE");
        assertThat(refusedNature.get("refusal").get("reason").asString()).contains("« Autres » (code 6)");
        Answer cancelRefused = cancel(voeu, null, DEMAT);
        assertThat(cancelRefused.status()).isEqualTo(409);
        assertThat(cancelRefused.isProblem()).isTrue();
    }

    @Test
    void pieces_asked_for_a_public_contract_are_answered_and_the_acte_is_acknowledged_again() throws Exception {
        String id = transmit(numero(), 4, 1, 1);
        JsonNode asked = awaitStatus(id, "PIECES_DEMANDEES");
        String path = "/api/transmissions/" + id + "/pieces-complementaires";

        Answer notPdf = post(path, new Multipart().file("pieces", "rapport.docx", "application/octet-stream",
                "PK\u0003\u0004 pas un PDF"), DEMAT);
        Answer none = post(path, new Multipart().file("autre", "x.pdf", "application/pdf", Actes.pdf("x")), DEMAT);
        Answer supplied = post(path, new Multipart()
                .file("pieces", "rapport-analyse-offres.pdf", "application/pdf", Actes.pdf("rapport"))
                .file("pieces", "pv-cao.pdf", "application/pdf", Actes.pdf("pv")), DEMAT);
        Answer again = post(path, new Multipart().file("pieces", "pv.pdf", "application/pdf", Actes.pdf("pv")), DEMAT);

        assertThat(asked.get("acknowledgement").get("identifier").asString()).endsWith("-CC");
        assertThat(asked.get("complementRequest").get("message").asString())
                .isEqualTo("Merci de transmettre le rapport d'analyse des offres et le procès-verbal de la commission "
                        + "d'appel d'offres.");
        assertThat(asked.get("complementRequest").get("requestedAt").asString()).isNotBlank();
        assertThat(asked.get("history").values()).extracting(step -> step.get("status").asString())
                .containsExactly("EN_ATTENTE", "ACQUITTEE", "PIECES_DEMANDEES");
        assertThat(notPdf.status()).isEqualTo(422);
        assertThat(notPdf.body().get("errors").get(0).get("field").asString()).isEqualTo("pieces[0]");
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.isProblem()).isTrue();
        assertThat(supplied.status()).as(supplied.text()).isEqualTo(202);
        assertThat(supplied.body().get("status").asString()).isEqualTo("ACQUITTEE");
        assertThat(supplied.body().get("history").get(3).get("detail").asString())
                .startsWith("Pièces complémentaires reçues");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.isProblem()).isTrue();
        assertThat(again.body().get("title").asString()).isEqualTo("Opération impossible dans cet état");
        assertThat(jdbc.sql("SELECT count(*) FROM transmission_document WHERE transmission_id = ?::uuid "
                + "AND role = 'PIECE_COMPLEMENTAIRE'").param(id).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void an_acknowledged_acte_can_be_cancelled_once() throws Exception {
        String id = transmit(numero(), 2, 3, 1);
        awaitStatus(id, "ACQUITTEE");

        Answer invalidMotif = cancel(id, "{\"motif\": \"x\", \"raison\": \"y\"}", DEMAT);
        Answer cancelled = cancel(id, "{\"motif\": \"Erreur matérielle\"}", DEMAT);
        Answer again = cancel(id, null, DEMAT);

        assertThat(invalidMotif.status()).isEqualTo(400);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("ANNULEE");
        assertThat(cancelled.body().get("history").get(2).get("detail").asString())
                .isEqualTo("Annulation demandée par l'émetteur : Erreur matérielle");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("transmissionStatus").asString()).isEqualTo("ANNULEE");
    }

    @Test
    void an_acte_already_acknowledged_is_refused_until_it_is_cancelled() throws Exception {
        String numero = numero();
        String first = transmit(numero, 1, 3, 1);
        awaitStatus(first, "ACQUITTEE");

        String duplicate = transmit(numero, 1, 3, 1);
        JsonNode refused = awaitStatus(duplicate, "REFUSEE");
        cancel(first, null, DEMAT);
        String afterCancellation = transmit(numero, 1, 3, 1);

        assertThat(refused.get("refusal").get("reason").asString())
                .startsWith("Acte déjà transmis : 033-223300013-20261130-" + numero + "-DE");
        awaitStatus(afterCancellation, "ACQUITTEE");
    }

    @Test
    void an_envelope_with_external_entities_is_refused_without_reading_them() throws Exception {
        Path secret = Files.createTempFile("prefecture-secret", ".txt");
        Files.writeString(secret, "SECRET-DU-SERVEUR-42");
        AtomicInteger fetched = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            fetched.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        try {
            String base = Actes.envelope(numero(), 1, 3, 1, List.of());
            String doctype = "<!DOCTYPE actes:Acte [\n"
                    + "  <!ENTITY fichier SYSTEM \"" + secret.toUri() + "\">\n"
                    + "  <!ENTITY distant SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/x\">\n"
                    + "  <!ENTITY % dtd SYSTEM \"http://127.0.0.1:" + server.getAddress().getPort() + "/dtd\"> %dtd;\n"
                    + "]>\n";
            String hostile = base.replace("<actes:Acte ", doctype + "<actes:Acte ")
                    .replace("Attribution du marché de fourniture de repas", "&fichier;&distant;");

            Answer answer = post("/api/transmissions", Actes.transmission(hostile, List.of()), DEMAT);

            assertThat(answer.status()).isEqualTo(422);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("enveloppe");
            assertThat(answer.body().get("errors").get(0).get("message").asString()).contains("DOCTYPE");
            assertThat(answer.text()).doesNotContain("SECRET-DU-SERVEUR");
            assertThat(fetched.get()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM transmission").query(Long.class).single()).isZero();
        } finally {
            server.stop(0);
            Files.deleteIfExists(secret);
        }
    }

    @Test
    void a_tiers_signs_in_with_its_login_and_password_only() throws Exception {
        Multipart multipart = Actes.transmission(Actes.envelope(numero(), 1, 3, 1, List.of()), List.of());

        Answer anonymous = post("/api/transmissions", multipart, null);
        Answer wrongPassword = post("/api/transmissions", multipart, basic("mutualis-demat", "pas-le-bon"));
        Answer unknown = get("/api/transmissions/" + java.util.UUID.randomUUID(), basic("inconnu", DEMAT_PASSWORD));
        Answer bearer = get("/api/transmissions/" + java.util.UUID.randomUUID(), "Bearer eyJhbGciOiJub25lIn0.e30.");
        Answer health = get("/actuator/health/liveness", null);

        for (Answer refused : List.of(anonymous, wrongPassword, unknown, bearer)) {
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.isProblem()).isTrue();
            assertThat(refused.header("WWW-Authenticate")).isEqualTo("Basic realm=\"prefecture\"");
            assertThat(refused.body().get("title").asString()).isEqualTo("Authentification requise");
        }
        assertThat(wrongPassword.text()).doesNotContain("pas-le-bon");
        assertThat(health.status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM transmission").query(Long.class).single()).isZero();
    }

    @Test
    void a_tiers_sees_only_its_own_transmissions() throws Exception {
        String id = transmit(numero(), 4, 1, 1);
        awaitStatus(id, "PIECES_DEMANDEES");

        Answer read = get("/api/transmissions/" + id, OTHER);
        Answer cancelled = cancel(id, null, OTHER);
        Answer pieces = post("/api/transmissions/" + id + "/pieces-complementaires",
                new Multipart().file("pieces", "pv.pdf", "application/pdf", Actes.pdf("pv")), OTHER);
        Answer own = post("/api/transmissions", Actes.transmission(
                Actes.envelope(numero(), 1, 3, 1, List.of()), List.of()), OTHER);

        for (Answer answer : List.of(read, cancelled, pieces)) {
            assertThat(answer.status()).isEqualTo(404);
            assertThat(answer.isProblem()).isTrue();
            assertThat(answer.body().get("title").asString()).isEqualTo("Transmission introuvable");
        }
        assertThat(own.status()).isEqualTo(202);
        assertThat(get("/api/transmissions/" + id, DEMAT).body().get("status").asString())
                .isEqualTo("PIECES_DEMANDEES");
    }

    @Test
    void an_invalid_envelope_is_a_french_problem_naming_each_field() throws Exception {
        String numero = numero();
        String objet = "é".repeat(500);
        String envelope = Actes.envelope("2026-11-30", numero, 1, 3, 1, "033-223300013-20261201-" + numero + "-AR",
                objet, "autre-nom.pdf", List.of("annexe-1.pdf"));
        Multipart multipart = new Multipart()
                .file("enveloppe", "enveloppe.xml", "application/xml", envelope)
                .file("acte", "deliberation.pdf", "application/pdf", "pas un PDF");

        Answer answer = post("/api/transmissions", multipart, DEMAT);
        Answer notXml = post("/api/transmissions", Actes.transmission("{\"pas\": \"du XML\"}", List.of()), DEMAT);
        Answer wrongRoot = post("/api/transmissions", Actes.transmission(
                "<Acte xmlns=\"urn:autre\"/>", List.of()), DEMAT);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body().get("title").asString()).isEqualTo("Transmission invalide");
        assertThat(answer.body().get("errors").values()).extracting(error -> error.get("field").asString())
                .contains("enveloppe.Objet", "enveloppe.IDActe", "acte", "annexes");
        assertThat(answer.text()).doesNotContain(objet);
        assertThat(notXml.status()).isEqualTo(422);
        assertThat(wrongRoot.status()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT count(*) FROM transmission").query(Long.class).single()).isZero();
    }

    @Test
    void malformed_requests_are_french_problems_never_server_errors() throws Exception {
        String envelope = Actes.envelope(numero(), 1, 3, 1, List.of());
        Multipart noActe = new Multipart().file("enveloppe", "enveloppe.xml", "application/xml", envelope);
        Multipart unknownPart = Actes.transmission(envelope, List.of()).file("signature", "s.p7s", null, "x");
        Multipart twoActes = Actes.transmission(envelope, List.of())
                .file("acte", "deliberation.pdf", "application/pdf", Actes.pdf("bis"));
        Multipart envelopeAsField = new Multipart().file("enveloppe", null, null, envelope)
                .file("acte", "deliberation.pdf", "application/pdf", Actes.pdf("acte"));
        Multipart envelopeAsPdf = new Multipart().file("enveloppe", "e.pdf", "application/pdf", envelope)
                .file("acte", "deliberation.pdf", "application/pdf", Actes.pdf("acte"));

        List<Answer> refused = List.of(
                post("/api/transmissions", noActe, DEMAT),
                post("/api/transmissions", unknownPart, DEMAT),
                post("/api/transmissions", twoActes, DEMAT),
                post("/api/transmissions", envelopeAsPdf, DEMAT),
                send("POST", "/api/transmissions", "multipart/form-data",
                        HttpRequest.BodyPublishers.ofByteArray(noActe.bytes()), DEMAT),
                send("POST", "/api/transmissions", noActe.contentType(),
                        HttpRequest.BodyPublishers.ofByteArray(noActe.truncated()), DEMAT),
                send("POST", "/api/transmissions", noActe.contentType(), HttpRequest.BodyPublishers.noBody(), DEMAT),
                send("POST", "/api/transmissions", "application/json", HttpRequest.BodyPublishers.ofString("{}"), DEMAT),
                get("/api/transmissions/pas-un-uuid", DEMAT),
                get("/api/transmissions/" + java.util.UUID.randomUUID(), DEMAT),
                send("POST", "/api/transmissions/" + java.util.UUID.randomUUID() + "/annulation", "application/json",
                        HttpRequest.BodyPublishers.ofString("{\"motif\": 12}"), DEMAT));
        Answer asField = post("/api/transmissions", envelopeAsField, DEMAT);

        assertThat(refused).allSatisfy(answer -> {
            assertThat(answer.status()).as(answer.text()).isBetween(400, 499);
            assertThat(answer.isProblem()).as(answer.text()).isTrue();
        });
        assertThat(refused).extracting(Answer::status)
                .containsExactly(400, 400, 400, 400, 400, 400, 400, 415, 400, 404, 400);
        assertThat(refused.get(0).body().get("errors").get(0).get("field").asString()).isEqualTo("acte");
        assertThat(asField.status()).as(asField.text()).isEqualTo(202);
    }

    @Test
    void a_transmission_over_150_mb_is_refused_with_413() throws Exception {
        long size = 151L * 1024 * 1024;
        Multipart head = new Multipart().file("enveloppe", "enveloppe.xml", "application/xml",
                Actes.envelope(numero(), 1, 3, 1, List.of()));
        byte[] start = head.bytes();
        HttpRequest.BodyPublisher body = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.SequenceInputStream(
                        new java.io.ByteArrayInputStream(start), new Zeros(size - start.length))), size);

        Answer answer = send("POST", "/api/transmissions", head.contentType(), body, DEMAT);

        assertThat(answer.status()).as(answer.text()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body().get("detail").asString()).contains("150 Mo");
    }

    /** {@code remaining} zero bytes. */
    private static final class Zeros extends InputStream {

        private long remaining;

        Zeros(long remaining) {
            this.remaining = remaining;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            remaining -= count;
            return count;
        }
    }
}
