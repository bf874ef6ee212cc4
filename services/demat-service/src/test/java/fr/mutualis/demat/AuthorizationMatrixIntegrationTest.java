package fr.mutualis.demat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.demat.support.DematApi;
import fr.mutualis.demat.support.DematIntegrationTest;
import fr.mutualis.demat.support.ParisDay;
import fr.mutualis.demat.support.SimulatedPrefecture;
import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the service × every kind of caller, from the service's own request mappings: it fails while an
 * endpoint is unlisted.
 *
 * <p>Démat's access does not fit {@link AuthorizationMatrix.Access}: an endpoint is for agents <em>and</em> élus
 * (the filter), then the use case narrows it to agents (403) and to the acte's collectivité (another collectivité's
 * acte is "not found": 404), and reads are open to all but show a draft only to its collectivité (404 otherwise).
 * So this matrix is local: each row is an endpoint with the path values of one fixture (a draft, an acte in its
 * circuit, a published acte) and the exact status each caller gets, and multipart endpoints are called with a real
 * file. The library still gives the mapped endpoints, the JSON calls and the forged tokens.
 *
 * <p>Rows are chosen so that no call changes a fixture: the entitled caller is refused for the acte's state (409) or
 * a rule (400), or acts on what nothing else reads (a new draft, a delegation).
 */
@Import(SimulatedPrefecture.class)
class AuthorizationMatrixIntegrationTest extends DematIntegrationTest {

    /** Who calls, in the order of the expected statuses of {@link #row}. */
    enum Caller {
        ANONYMOUS, AGENT_OWN, ELU_OWN, AGENT_OTHER, ELU_OTHER, ADMINISTRATOR, DPO, NO_ROLE
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
    private static final AtomicInteger NUMBERS = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final String DENIED = "401 %s %s %s %s 403 403 403";
    private static Fixtures fixtures;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);
    private AuthorizationMatrix library;
    private final List<Row> rows = new ArrayList<>();

    @BeforeEach
    void matrix() {
        TestIssuer issuer = TestIssuer.shared();
        tokens.put(Caller.AGENT_OWN, issuer.agentOf(GIRONDE));
        tokens.put(Caller.ELU_OWN, issuer.eluOf(GIRONDE));
        tokens.put(Caller.AGENT_OTHER, issuer.agentOf(BORDEAUX));
        tokens.put(Caller.ELU_OTHER, issuer.eluOf(BORDEAUX));
        tokens.put(Caller.ADMINISTRATOR, issuer.administrator());
        tokens.put(Caller.DPO, issuer.dpo());
        tokens.put(Caller.NO_ROLE, issuer.withoutRole(GIRONDE));
        library = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE, BORDEAUX);
        if (fixtures == null) {
            fixtures = new Fixtures();
        }
        Fixtures f = fixtures;
        // The service's day is Paris's, not the test machine's. The matrix's delegation starts tomorrow: were Paris's
        // midnight to pass between this line and its row, it would not be refused as starting in the past.
        LocalDate day = ParisDay.today();
        String today = day.toString();
        String year = Year.now().toString();
        String delegation = "{\"delegataire\": \"collegue@demo.mutualis.fr\", \"du\": \"" + day.plusDays(1)
                + "\", \"au\": \"" + day.plusDays(8) + "\"}";

        // Lists and drafting: agents and élus, each of their own collectivité; drafting for agents only.
        row("GET /api/demat/actes", Map.of(), "401 200 200 200 200 403 403 403");
        row("POST /api/demat/actes", Map.of(), "401 201 403 201 403 403 403 403")
                .json(caller -> DematApi.acte(1, "5.2", number(), "Acte de la matrice (" + caller + ")", today));
        row("PUT /api/demat/actes/{id}", Map.of("id", f.draft), DENIED.formatted(200, 403, 404, 403))
                .json(caller -> DematApi.acte(1, "5.2", number(), "Brouillon modifié par " + caller, today));
        // Reads: a draft to its collectivité's agents and élus only, a published acte to anyone.
        row("GET /api/demat/actes/{id}", Map.of("id", f.draft), "404 200 200 404 404 404 404 404");
        row("GET /api/demat/actes/{id}", Map.of("id", f.published), "200 200 200 200 200 200 200 200");
        row("GET /api/demat/actes/{id}/historique", Map.of("id", f.draft), "404 200 200 404 404 404 404 404");
        row("GET /api/demat/actes/{id}/historique", Map.of("id", f.published), "200 200 200 200 200 200 200 200");
        row("GET /api/demat/actes/{id}/documents/{sha256}", Map.of("id", f.draft, "sha256", f.draftDocument),
                "404 200 200 404 404 404 404 404");
        row("GET /api/demat/actes/{id}/documents/{sha256}", Map.of("id", f.published, "sha256", f.signedDocument),
                "200 200 200 200 200 200 200 200");
        row("GET /api/demat/actes/{id}/documents/{sha256}", Map.of("id", f.published, "sha256", f.stampedDocument),
                "200 200 200 200 200 200 200 200");
        // The unsigned original of a published acte stays with its collectivité: the public gets the signed one.
        row("GET /api/demat/actes/{id}/documents/{sha256}", Map.of("id", f.published, "sha256", f.publishedOriginal),
                "404 200 200 404 404 404 404 404");
        row("GET /api/demat/actes/{id}/signature/verification", Map.of("id", f.draft),
                "404 409 409 404 404 404 404 404");
        row("GET /api/demat/actes/{id}/signature/verification", Map.of("id", f.published),
                "200 200 200 200 200 200 200 200");
        // Documents: agents of the acte's collectivité; the acte in its circuit refuses a new document (409).
        row("PUT /api/demat/actes/{id}/document", Map.of("id", f.inCircuit), DENIED.formatted(409, 403, 404, 403))
                .multipart("fichier");
        row("POST /api/demat/actes/{id}/annexes", Map.of("id", f.inCircuit), DENIED.formatted(409, 403, 404, 403))
                .multipart("fichier");
        // Anyone may check a PDF's signatures.
        row("POST /api/demat/verification-signature", Map.of(), "200 200 200 200 200 200 200 200")
                .multipart("fichier");
        // The parapheur: a draft is in no circuit (409) for its agents and élus.
        row("POST /api/demat/actes/{id}/circuit", Map.of("id", f.inCircuit), DENIED.formatted(409, 403, 404, 403))
                .json(caller -> "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}");
        row("POST /api/demat/actes/{id}/visa", Map.of("id", f.draft), DENIED.formatted(409, 409, 404, 404));
        row("POST /api/demat/actes/{id}/signature", Map.of("id", f.draft), DENIED.formatted(409, 409, 404, 404));
        row("POST /api/demat/actes/{id}/rejet", Map.of("id", f.draft), DENIED.formatted(409, 409, 404, 404))
                .json(caller -> "{\"motif\": \"Motif de la matrice\"}");
        row("GET /api/demat/parapheur", Map.of(), DENIED.formatted(200, 200, 200, 200));
        row("POST /api/demat/delegations", Map.of(), DENIED.formatted(201, 201, 201, 201))
                .json(caller -> delegation);
        row("GET /api/demat/delegations", Map.of(), DENIED.formatted(200, 200, 200, 200));
        row("DELETE /api/demat/delegations/{id}", Map.of("id", UUID.randomUUID().toString()),
                DENIED.formatted(404, 404, 404, 404));
        // Classification: read by all; declared by the collectivité's agents (a version older than the default: 400).
        row("GET /api/demat/collectivites/{siren}/classification", Map.of("siren", GIRONDE),
                "200 200 200 200 200 200 200 200");
        row("PUT /api/demat/collectivites/{siren}/classification", Map.of("siren", GIRONDE),
                DENIED.formatted(400, 403, 403, 403))
                .json(caller -> "{\"version\": \"2000-01-01\", \"matieres\": {\"1\": \"Commande publique\"}}");
        // Transmission, publication: the collectivité's agents; a draft is refused for its state (409).
        row("POST /api/demat/actes/{id}/transmission", Map.of("id", f.draft), DENIED.formatted(409, 403, 404, 403));
        row("POST /api/demat/actes/{id}/pieces-complementaires", Map.of("id", f.draft),
                DENIED.formatted(409, 403, 404, 403)).multipart("pieces");
        row("POST /api/demat/actes/{id}/annulation", Map.of("id", f.draft), DENIED.formatted(409, 403, 404, 403))
                .json(caller -> "{\"motif\": \"Motif de la matrice\"}");
        row("POST /api/demat/actes/{id}/publication", Map.of("id", f.draft), DENIED.formatted(409, 403, 404, 403));
        row("POST /api/demat/actes/{id}/archivage", Map.of("id", f.draft), DENIED.formatted(409, 403, 404, 403));
        // Open data: anyone.
        row("GET /api/demat/donnees-ouvertes/{siren}/{file}", Map.of("siren", GIRONDE, "file", year + ".csv"),
                "200 200 200 200 200 200 200 200");
        row("GET /api/demat/donnees-ouvertes/{siren}/{file}", Map.of("siren", GIRONDE, "file", year + ".json"),
                "200 200 200 200 200 200 200 200");
    }

    @Test
    void every_endpoint_is_in_the_matrix() {
        Set<String> listed = new LinkedHashSet<>();
        rows.forEach(row -> listed.add(row.endpoint));
        assertThat(library.endpoints()).isNotEmpty();
        assertThat(library.endpoints()).as("endpoints mapped by the service but not in the matrix")
                .isSubsetOf(listed);
        assertThat(listed).as("endpoints in the matrix but not mapped by the service")
                .isSubsetOf(library.endpoints());
    }

    @Test
    void every_caller_gets_what_the_matrix_says() {
        List<String> violations = new ArrayList<>();
        for (Row row : rows) {
            for (Caller caller : Caller.values()) {
                int status = call(row, caller);
                int expected = row.expected.get(caller);
                if (status != expected) {
                    violations.add(row.endpoint + " " + row.pathValues + " as " + caller + ": expected " + expected
                            + ", got " + status);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void the_public_sees_a_published_acte_without_its_internals() {
        JsonNode acte = anonymous().get("/api/demat/actes/" + fixtures.published).getBody();
        assertThat(acte.get("etat").asString()).isEqualTo("publie");
        assertThat(acte.has("auteur")).isFalse();
        assertThat(acte.has("circuit")).isFalse();
        assertThat(acte.has("documentPrincipal")).isFalse();
        assertThat(acte.get("documentSigne").get("sha256").asString()).isEqualTo(fixtures.signedDocument);
        JsonNode own = agentOfGironde().get("/api/demat/actes/" + fixtures.published).getBody();
        assertThat(own.get("auteur").asString()).isEqualTo(AGENT);
    }

    /**
     * The public view of a published acte hides its circuit and its exchanges with the préfecture
     * ({@code ActeResponse.forThePublic}); its history must not show them either: who gave the visas and signed, the
     * circuit's rejections, the transmission's identifier.
     */
    @Test
    void the_public_history_of_a_published_acte_shows_neither_the_circuit_nor_the_prefecture() {
        String history = anonymous().get("/api/demat/actes/" + fixtures.published + "/historique").getBody()
                .toString();
        assertThat(history).doesNotContain("Camille Martin").doesNotContain("SIM-");
    }

    @Test
    void forged_expired_and_foreign_tokens_are_refused() {
        String body = DematApi.acte(1, "5.2", number(), "Acte forgé", ParisDay.today().toString());
        library.forgedTokens(GIRONDE).forEach((forgery, token) -> {
            assertThat(library.call("POST /api/demat/actes", token, body)).as(forgery).isEqualTo(401);
            // A token, when sent, is verified even where none is needed.
            assertThat(callJson("GET", "/api/demat/actes/" + fixtures.published, token, null)).as(forgery)
                    .isEqualTo(401);
        });
    }

    private Row row(String endpoint, Map<String, String> pathValues, String statuses) {
        String[] each = statuses.trim().split("\\s+");
        if (each.length != Caller.values().length) {
            throw new IllegalArgumentException(endpoint + ": " + Caller.values().length + " statuses expected");
        }
        Map<Caller, Integer> expected = new EnumMap<>(Caller.class);
        for (Caller caller : Caller.values()) {
            expected.put(caller, Integer.parseInt(each[caller.ordinal()]));
        }
        Row row = new Row(endpoint, pathValues, expected);
        rows.add(row);
        return row;
    }

    private int call(Row row, Caller caller) {
        String[] parts = row.endpoint.split(" ", 2);
        String path = path(parts[1], row.pathValues);
        String token = tokens.get(caller);
        if (row.multipartPart != null) {
            return callMultipart(parts[0], path, token, row.multipartPart);
        }
        return callJson(parts[0], path, token, row.body == null ? null : row.body.apply(caller));
    }

    private int callJson(String method, String path, String token, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request, token);
    }

    /** One PDF in part {@code part}: what the multipart endpoints take (AuthorizationMatrix sends JSON only). */
    private int callMultipart(String method, String path, String token, String part) {
        String boundary = "matrice" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"; filename=\"deliberation.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(fixtures.pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request, token);
    }

    private int send(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", token);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String path(String pattern, Map<String, String> values) {
        Matcher matcher = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for {" + matcher.group(1) + "} in " + pattern);
            }
            matcher.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private static String number() {
        return "M" + NUMBERS.incrementAndGet();
    }

    /** One endpoint with the path values of one fixture, and each caller's status. */
    private static final class Row {
        final String endpoint;
        final Map<String, String> pathValues;
        final Map<Caller, Integer> expected;
        Function<Caller, String> body;
        String multipartPart;

        Row(String endpoint, Map<String, String> pathValues, Map<Caller, Integer> expected) {
            this.endpoint = endpoint;
            this.pathValues = pathValues;
            this.expected = expected;
        }

        Row json(Function<Caller, String> body) {
            this.body = body;
            return this;
        }

        Row multipart(String part) {
            this.multipartPart = part;
            return this;
        }
    }

    /** The actes the rows name, made once through the API: a draft, an acte in its circuit, a published acte. */
    private final class Fixtures {
        final byte[] pdf = DemoDocuments.simplePdf("Département de la Gironde",
                List.of("Pièce envoyée par la matrice d'autorisations."));
        final String draft;
        final String draftDocument;
        final String inCircuit;
        final String published;
        final String publishedOriginal;
        final String signedDocument;
        final String stampedDocument;

        Fixtures() {
            DematApi agent = as(GIRONDE, AGENT, "agent");
            DematApi elu = as(GIRONDE, ELU, "elu");
            draft = drafted(agent, "Brouillon de la matrice");
            draftDocument = attach(agent, draft, "Projet de délibération de la matrice.");
            inCircuit = drafted(agent, "Acte en circuit de la matrice");
            attach(agent, inCircuit, "Acte en circuit.");
            ok(agent.post("/api/demat/actes/" + inCircuit + "/circuit",
                    "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}"));

            published = drafted(agent, "Délibération publiée de la matrice");
            publishedOriginal = attach(agent, published, "Délibération publiée.");
            ok(agent.post("/api/demat/actes/" + published + "/circuit",
                    "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}"));
            signedDocument = ok(elu.post("/api/demat/actes/" + published + "/signature", ""))
                    .get("documentSigne").get("sha256").asString();
            ok(agent.post("/api/demat/actes/" + published + "/transmission", ""));
            await().atMost(Duration.ofSeconds(30)).until(() -> agent.get("/api/demat/actes/" + published)
                    .getBody().get("etat").asString().equals("acquitte"));
            stampedDocument = ok(agent.post("/api/demat/actes/" + published + "/publication", ""))
                    .get("documentTamponne").get("sha256").asString();
        }

        private String drafted(DematApi agent, String objet) {
            var created = agent.post("/api/demat/actes", DematApi.acte(1, "5.2", number(), objet,
                    ParisDay.today().toString()));
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return created.getBody().get("id").asString();
        }

        private String attach(DematApi agent, String id, String text) {
            return ok(agent.upload("PUT", "/api/demat/actes/" + id + "/document", "fichier", "deliberation.pdf",
                    "application/pdf", DemoDocuments.simplePdf("Département de la Gironde", List.of(text))))
                    .get("documentPrincipal").get("sha256").asString();
        }

        private JsonNode ok(org.springframework.http.ResponseEntity<JsonNode> answer) {
            assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.OK);
            return answer.getBody();
        }
    }
}
