package fr.mutualis.demat.acte;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.demat.support.DematApi;
import fr.mutualis.demat.support.DematIntegrationTest;
import fr.mutualis.demat.support.ParisDay;
import fr.mutualis.pdf.DemoDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An acte from its draft to its signature: real files scanned by the real clamd, a real PAdES signature verified by
 * DSS, the collectivité's boundary, the append-only history.
 */
class ActeLifecycleIntegrationTest extends DematIntegrationTest {

    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!H+H*";
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Autowired
    private JdbcClient jdbc;

    @Test
    void a_deliberation_goes_through_a_visa_and_the_elus_real_signature() {
        DematApi agent = agentOfGironde();
        String id = draft(agent, "Approbation du schéma départemental d'inclusion numérique");
        JsonNode acte = agent.get("/api/demat/actes/" + id).getBody();
        assertThat(acte.get("etat").asString()).isEqualTo("brouillon");
        assertThat(acte.get("identifiant").asString()).matches("033-223300013-\\d{8}-[0-9A-Z_]+-DE");

        attach(agent, id, pdf("Le conseil départemental approuve le schéma d'inclusion numérique."));
        var started = agent.post("/api/demat/actes/" + id + "/circuit", """
                {"etapes": [{"type": "visa", "agent": "%s"}, {"type": "signature", "role": "elu"}]}""".formatted(AGENT));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(started.getBody().get("etat").asString()).isEqualTo("en-circuit");

        // The élu cannot sign before the visa; then the agent gives it.
        assertThat(eluOfGironde().post("/api/demat/actes/" + id + "/signature", "").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        assertThat(agent.post("/api/demat/actes/" + id + "/visa", "").getBody().get("etat").asString())
                .isEqualTo("en-circuit");
        // An agent cannot take the élu's step.
        assertThat(agent.post("/api/demat/actes/" + id + "/signature", "").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);

        var signed = eluOfGironde().post("/api/demat/actes/" + id + "/signature", "");
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signed.getBody().get("etat").asString()).isEqualTo("signe");
        assertThat(signed.getBody().get("circuit").get(1).get("faitePar").asString()).isEqualTo("Camille Martin");

        JsonNode verification = agent.get("/api/demat/actes/" + id + "/signature/verification").getBody();
        assertThat(verification.get("valid").asBoolean()).isTrue();
        assertThat(verification.get("signatures").get(0).get("signerName").asString()).isEqualTo("Sophie Laurent");

        // The signed document changed afterwards no longer verifies.
        byte[] signedPdf = agent.download(signed.getBody().get("documentSigne").get("url").asString()).getBody();
        assertThat(verify(signedPdf).get("valid").asBoolean()).isTrue();
        // Text added to the page after signing, as an incremental update that keeps the signature's bytes.
        byte[] tampered = withTextAdded(signedPdf, "Montant porté à 50 000 euros");
        assertThat(verify(tampered).get("valid").asBoolean()).isFalse();

        List<String> changes = agent.get("/api/demat/actes/" + id + "/historique").getBody().valueStream()
                .map(line -> line.get("action").asString()).toList();
        assertThat(changes).containsExactly("Acte créé", "Brouillon modifié", "Mis en circuit", "Visa donné", "Signé");
        assertThat(outboxTypes(id)).containsExactly("demat.acte.drafted", "demat.acte.updated",
                "demat.acte.circuit-started", "demat.acte.visa-given", "demat.acte.signed");
    }

    @Test
    void a_rejection_returns_the_acte_to_its_author_with_the_reason() {
        DematApi agent = agentOfGironde();
        String id = draft(agent, "Convention de partenariat avec l'association Numérique solidaire");
        attach(agent, id, pdf("Convention de partenariat."));
        agent.post("/api/demat/actes/" + id + "/circuit", "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}");
        assertThat(eluOfGironde().post("/api/demat/actes/" + id + "/rejet", "{\"motif\": \"\"}").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        var rejected = eluOfGironde().post("/api/demat/actes/" + id + "/rejet",
                "{\"motif\": \"Le montant de la subvention manque à l'article 2.\"}");
        assertThat(rejected.getBody().get("etat").asString()).isEqualTo("rejete");
        JsonNode last = agent.get("/api/demat/actes/" + id + "/historique").getBody().get(3);
        assertThat(last.get("detail").asString()).isEqualTo("Le montant de la subvention manque à l'article 2.");
        // Back with its author, it can be corrected and sent again.
        assertThat(agent.put("/api/demat/actes/" + id, DematApi.acte(4, "1.4", number(),
                "Convention de partenariat avec l'association Numérique solidaire (subvention de 5 000 €)",
                ParisDay.today().toString())).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void another_collectivite_can_neither_read_a_draft_nor_sign_it() {
        DematApi agent = agentOfGironde();
        String id = draft(agent, "Délibération confidentielle en préparation");
        attach(agent, id, pdf("Projet de délibération."));
        agent.post("/api/demat/actes/" + id + "/circuit", "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}");

        DematApi otherAgent = as(BORDEAUX, "agent.bordeaux@demo.mutualis.fr", "agent");
        DematApi otherElu = as(BORDEAUX, OTHER_ELU, "elu");
        for (DematApi stranger : List.of(otherAgent, otherElu, anonymous())) {
            assertThat(stranger.get("/api/demat/actes/" + id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(stranger.get("/api/demat/actes/" + id + "/historique").getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        var signature = otherElu.post("/api/demat/actes/" + id + "/signature", "");
        assertThat(signature.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(signature.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(otherAgent.get("/api/demat/actes").getBody().valueStream()
                .map(acte -> acte.get("id").asString())).doesNotContain(id);
        assertThat(agent.get("/api/demat/actes/" + id).getBody().get("etat").asString()).isEqualTo("en-circuit");
    }

    @Test
    void bad_files_are_refused_with_a_french_problem_and_nothing_is_stored() throws IOException {
        DematApi agent = agentOfGironde();
        String id = draft(agent, "Acte pour les fichiers refusés");
        long storedBefore = storedFiles();

        byte[] executable = new byte[4096];
        byte[] mz = "MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000".getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(mz, 0, executable, 0, mz.length);
        executable[0x3c] = (byte) 0x80;
        System.arraycopy("PE\u0000\u0000".getBytes(StandardCharsets.ISO_8859_1), 0, executable, 0x80, 4);
        refused(agent, id, "deliberation.pdf", executable, HttpStatus.UNSUPPORTED_MEDIA_TYPE);

        byte[] infected = concat(pdf("Un PDF valide qui porte la signature de test EICAR."),
                ("\n%" + EICAR + "\n").getBytes(StandardCharsets.ISO_8859_1));
        refused(agent, id, "deliberation.pdf", infected, HttpStatus.UNPROCESSABLE_CONTENT);

        byte[] corrupted = concat("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R".getBytes(StandardCharsets.ISO_8859_1),
                new byte[2048]);
        refused(agent, id, "deliberation.pdf", corrupted, HttpStatus.UNPROCESSABLE_CONTENT);

        byte[] tooBig = concat(pdf("Trop gros."), new byte[(int) MAX_FILE_BYTES]);
        refused(agent, id, "deliberation.pdf", tooBig, HttpStatus.CONTENT_TOO_LARGE);

        assertThat(storedFiles()).isEqualTo(storedBefore);
        JsonNode acte = agent.get("/api/demat/actes/" + id).getBody();
        assertThat(acte.has("documentPrincipal")).isFalse();
        assertThat(outboxTypes(id)).containsExactly("demat.acte.drafted");
    }

    @Test
    void invalid_metadata_is_refused_field_by_field() {
        DematApi agent = agentOfGironde();
        String today = ParisDay.today().toString();
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(7, "1.1", "A1", "Objet", today)))).isEqualTo("nature");
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(1, "1.99", "A1", "Objet", today)))).isEqualTo("matiere");
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(1, "1.1", "a-1", "Objet", today)))).isEqualTo("numero");
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(1, "1.1", "A1", "", today)))).isEqualTo("objet");
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(1, "1.1", "A1", "Objet",
                ParisDay.today().plusDays(2).toString())))).isEqualTo("dateDecision");
        String numero = number();
        draft(agent, "Premier acte de ce numéro", numero);
        assertThat(field(agent.post("/api/demat/actes", DematApi.acte(1, "5.2", numero, "Même numéro", today))))
                .isEqualTo("numero");
        var unknownField = agent.post("/api/demat/actes", "{\"nature\": 1, \"inconnu\": true}");
        assertThat(unknownField.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        var coerced = agent.post("/api/demat/actes", "{\"nature\": \"1\"}");
        assertThat(coerced.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void the_history_is_append_only_even_for_the_services_own_role() {
        String id = draft(agentOfGironde(), "Acte dont l'historique est une preuve");
        assertThatThrownBy(() -> jdbc.sql("UPDATE acte_history SET detail = 'falsifié' WHERE acte_id = :id")
                .param("id", java.util.UUID.fromString(id)).update()).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM acte_history WHERE acte_id = :id")
                .param("id", java.util.UUID.fromString(id)).update()).hasMessageContaining("append-only");
    }

    private String draft(DematApi agent, String objet) {
        return draft(agent, objet, number());
    }

    private String draft(DematApi agent, String objet, String numero) {
        var created = agent.post("/api/demat/actes", DematApi.acte(1, "5.2", numero, objet, ParisDay.today().toString()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asString();
    }

    private static void attach(DematApi agent, String id, byte[] pdf) {
        var attached = agent.upload("PUT", "/api/demat/actes/" + id + "/document", "fichier", "deliberation.pdf",
                "application/pdf", pdf);
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static void refused(DematApi agent, String id, String name, byte[] content, HttpStatus expected) {
        var answer = agent.upload("PUT", "/api/demat/actes/" + id + "/document", "fichier", name, "application/pdf",
                content);
        assertThat(answer.getStatusCode()).isEqualTo(expected);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(answer.getBody().get("detail").asString()).isNotBlank();
    }

    private JsonNode verify(byte[] pdf) {
        var answer = anonymous().upload("POST", "/api/demat/verification-signature", "fichier", "copie.pdf",
                "application/pdf", pdf);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private List<String> outboxTypes(String id) {
        return jdbc.sql("SELECT type FROM outbox WHERE aggregateid = :id ORDER BY aggregate_version")
                .param("id", id).query(String.class).list();
    }

    private static String field(org.springframework.http.ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return answer.getBody().get("errors").get(0).get("field").asString();
    }

    private static long storedFiles() throws IOException {
        if (!Files.exists(FILES)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(FILES)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static String number() {
        return "T" + NUMBERS.incrementAndGet();
    }

    private static byte[] pdf(String text) {
        return DemoDocuments.simplePdf("Département de la Gironde", List.of(text));
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = new byte[first.length + second.length];
        System.arraycopy(first, 0, both, 0, first.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static byte[] withTextAdded(byte[] pdf, String text) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var page = document.getPage(0);
            try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(document, page,
                    org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                        org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 100);
                content.showText(text);
                content.endText();
            }
            page.getCOSObject().setNeedToBeUpdated(true);
            page.getResources().getCOSObject().setNeedToBeUpdated(true);
            document.getPages().getCOSObject().setNeedToBeUpdated(true);
            document.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            var out = new java.io.ByteArrayOutputStream();
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
