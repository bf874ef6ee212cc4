package fr.mutualis.marches.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.marches.support.Documents;
import fr.mutualis.marches.support.MarchesIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Two companies' deposits, one of them late, sealed until the deadline: nobody reads a bid before the opening, not
 * even by reading the file store and the database; the opening is a key holder's act after the deadline, and only
 * each company's last deposit on time is opened.
 */
class SealedBidsIntegrationTest extends MarchesIntegrationTest {

    private static final String MARKER = "OFFRE-CONFIDENTIELLE-PRIX-UNITAIRE-4217-EUROS";

    @Test
    void bidsAreSealedUntilTheDeadlineAndOpenedOnlyByAKeyHolderAfterIt() throws Exception {
        String id = published("PLIS-" + shortId(), parisIn(300));
        String path = "/api/marches/consultations/" + id;

        // A test deposit, then a first bid replaced by a second one: the last one on time counts.
        assertThat(deposit(id, NUMERIA, "test=true", Map.of("essai.pdf", Documents.pdf("Dépôt d'essai")))
                .path("test").asBoolean()).isTrue();
        deposit(id, NUMERIA, "", Map.of("offre-v1.pdf", Documents.pdf("Première version " + MARKER)));
        byte[] offer = Documents.pdf("Offre finale " + MARKER);
        assertThat(new String(offer, StandardCharsets.ISO_8859_1)).contains(MARKER);
        byte[] memo = (MARKER + " : mémoire technique en texte brut, répété pour qu'aucun fragment n'échappe. "
                + MARKER).getBytes(StandardCharsets.UTF_8);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("acte-engagement.pdf", offer);
        files.put("memoire-technique.txt", memo);
        JsonNode receipt = deposit(id, NUMERIA, "raisonSociale=Numeria Conseil SAS", files);
        assertThat(receipt.path("horsDelai").asBoolean()).isFalse();
        assertThat(receipt.path("entreprise").asString()).isEqualTo("Numeria Conseil SAS");
        assertThat(receipt.path("fichiers")).hasSize(2);
        assertThat(receipt.path("fichiers").get(0).path("sha256").asString()).isEqualTo(sha256(offer));
        assertThat(receipt.path("fichiers").get(1).path("sha256").asString()).isEqualTo(sha256(memo));
        String depositId = receipt.path("depotId").asString();
        byte[] pdf = company(NUMERIA).download("/api/marches/depots/" + depositId + "/accuse-de-reception").getBody();
        assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(company(ATLANTIC).get("/api/marches/depots/" + depositId).getStatusCode().value()).isEqualTo(404);
        assertThat(events(depositId)).containsExactly("marches.bid.deposited");

        // Before the deadline: nobody can read a bid, by the API, the file store or the database.
        JsonNode register = buyer().get(path + "/depots").getBody();
        assertThat(register.path("ouvert").asBoolean()).isFalse();
        assertThat(register.path("nombreDeDepots").asInt()).isEqualTo(3);
        assertThat(register.path("offres")).isEmpty();
        var tooEarly = buyer().post(path + "/ouverture", "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}");
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
        assertThat(nothingReadableAnywhere(memo)).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM deposit WHERE (files::text || wrapped_keys::text) LIKE :marker")
                .param("marker", "%" + MARKER + "%").query(Long.class).single()).isZero();
        // Neither the consultation's events nor the deposits' say who deposited what.
        assertThat(jdbc.sql("SELECT string_agg(payload::text, '') FROM outbox WHERE aggregateid = :id"
                        + " OR payload->'data'->>'consultationId' = :id").param("id", id).query(String.class).single())
                .contains("marches.bid.deposited").doesNotContain(MARKER, "acte-engagement.pdf", NUMERIA);

        // The deadline passes: a deposit is still received, kept, flagged late.
        CLOCK.advance(Duration.ofSeconds(301));
        await().atMost(Duration.ofSeconds(10)).until(() -> "cloturee".equals(anonymous().get(path).getBody()
                .path("etat").asString()));
        JsonNode late = deposit(id, ATLANTIC, "", Map.of("offre-tardive.pdf", Documents.pdf("Tardive " + MARKER)));
        assertThat(late.path("horsDelai").asBoolean()).isTrue();

        // Opening: a key holder only, with their passphrase.
        assertThat(company(NUMERIA).post(path + "/ouverture", "{\"phraseDePasse\": \"x\"}").getStatusCode().value())
                .isEqualTo(403);
        assertThat(as(GIRONDE, "agent3.gironde@demo.mutualis.fr", "agent").post(path + "/ouverture",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}").getStatusCode().value()).isEqualTo(403);
        assertThat(backupHolder().post(path + "/ouverture", "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}")
                .getStatusCode().value()).isEqualTo(400);
        var opened = backupHolder().post(path + "/ouverture", "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}");
        assertThat(opened.getStatusCode().value()).as(opened.toString()).isEqualTo(200);
        JsonNode bids = opened.getBody().path("offres");
        assertThat(bids).hasSize(1);
        assertThat(bids.get(0).path("depotId").asString()).isEqualTo(depositId);
        assertThat(opened.getBody().path("horsDelai")).hasSize(1);
        assertThat(opened.getBody().path("horsDelai").get(0).path("fichiers").get(0).has("lien")).isFalse();
        assertThat(opened.getBody().path("remplaces")).hasSize(1);
        String link = bids.get(0).path("fichiers").get(1).path("lien").asString();
        assertThat(buyer().download(link).getBody()).isEqualTo(memo);
        assertThat(company(NUMERIA).download(link).getStatusCode().value()).isEqualTo(403);
        assertThat(as(BORDEAUX, "agent.bordeaux@demo.mutualis.fr", "agent").download(link).getStatusCode().value())
                .isEqualTo(404);
        // Opened: still nothing in clear at rest, and the act is in the history.
        assertThat(nothingReadableAnywhere(memo)).isTrue();
        assertThat(buyer().get(path + "/historique").getBody()).anySatisfy(line -> {
            assertThat(line.path("action").asString()).isEqualTo("opened");
            assertThat(line.path("auteur").asString()).contains(BACKUP_AGENT);
        });
        assertThat(buyer().post(path + "/ouverture", "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}")
                .getStatusCode().value()).isEqualTo(409);
    }

    private JsonNode deposit(String id, String siret, String query, Map<String, byte[]> files) {
        var answer = company(siret).upload("/api/marches/consultations/" + id + "/depots" + (query.isEmpty() ? ""
                : "?" + query), "fichiers", files);
        assertThat(answer.getStatusCode().value()).as(answer.toString()).isEqualTo(201);
        return answer.getBody();
    }

    /**
     * No file of the store holds the marker (in clear in both files: the PDF is not compressed), nor any 32-byte
     * piece of the text file. PDFs share their structure, so only the text's pieces are unique to the bid.
     */
    private static boolean nothingReadableAnywhere(byte[] text) throws IOException {
        byte[] marker = MARKER.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> stored = Files.walk(FILES)) {
            for (Path file : stored.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (indexOf(bytes, marker) >= 0) {
                    return false;
                }
                for (int start = 0; start + 32 <= text.length; start += 16) {
                    if (indexOf(bytes, Arrays.copyOfRange(text, start, start + 32)) >= 0) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

}
