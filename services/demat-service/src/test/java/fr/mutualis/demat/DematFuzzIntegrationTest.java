package fr.mutualis.demat;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.demat.support.DematApi;
import fr.mutualis.demat.support.DematIntegrationTest;
import fr.mutualis.demat.support.ParisDay;
import fr.mutualis.demat.support.SimulatedPrefecture;
import fr.mutualis.pdf.DemoDocuments;
import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ServiceEndpoints;
import fr.mutualis.testing.fuzz.StoredState;
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
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile requests on every démat endpoint: never a 5xx, every error a French problem+json, and no change in any
 * table (outbox and history included).
 *
 * <p>The library's fuzzer draws requests from the mappings and request records, but sends JSON bodies only; the
 * multipart endpoints (documents, annexes, pièces complémentaires, signature check) get a campaign of their own
 * here: broken multipart framing, missing or misnamed parts, files that are not what they claim, hostile names.
 */
@Import(SimulatedPrefecture.class)
class DematFuzzIntegrationTest extends DematIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern INTERNALS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|org\\.springframework|java\\.lang|tools\\.jackson|"
                    + "com\\.fasterxml|org\\.apache|PSQLException|SQLState|<html", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENGLISH_DETAIL = Pattern.compile(
            "(?i)^(failed|required|invalid|could not|cannot|no |the |unexpected|unrecognized|request method|"
                    + "content-type|content type|missing|full authentication|access is denied|bearer|jwt|an error)");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_cleanly_and_change_nothing() {
        Fixture fixture = fixture();
        TestIssuer issuer = TestIssuer.shared();
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE, BORDEAUX);
        return RequestFuzzer.against("demat-service", port)
                .endpoints(ServiceEndpoints.fromMappings(mappings, "/api/"))
                .callers(new Callers(List.of(issuer.agentOf(GIRONDE), issuer.eluOf(GIRONDE)),
                        List.of(issuer.agentOf(BORDEAUX), issuer.eluOf(BORDEAUX), issuer.withoutRole(GIRONDE),
                                issuer.administrator()),
                        List.copyOf(matrix.forgedTokens(GIRONDE).values())))
                .pathValue("id", fixture.draft, fixture.signed)
                .pathValue("sha256", fixture.document)
                .pathValue("siren", GIRONDE)
                .pathValue("file", Year.now() + ".csv", Year.now() + ".json")
                .storedState(StoredState.tables(dataSource))
                .requests(1_500)
                .dynamicTests();
    }

    @TestFactory
    Stream<DynamicTest> hostile_multipart_requests_are_refused_cleanly_and_change_nothing() {
        Fixture fixture = fixture();
        String agent = TestIssuer.shared().bearer(TestIssuer.shared().person(GIRONDE, "agent").claim("email", AGENT));
        StoredState state = StoredState.tables(dataSource);
        List<DynamicTest> tests = new ArrayList<>();
        for (String endpoint : List.of("PUT /api/demat/actes/%s/document", "POST /api/demat/actes/%s/annexes",
                "POST /api/demat/actes/%s/pieces-complementaires", "POST /api/demat/verification-signature")) {
            String[] parts = endpoint.split(" ");
            String path = parts[1].formatted(endpoint.contains("pieces") ? fixture.signed : fixture.draft);
            String part = endpoint.contains("pieces") ? "pieces" : "fichier";
            boolean stores = !endpoint.contains("verification");
            for (Attack attack : attacks(part, fixture.pdf, stores)) {
                tests.add(DynamicTest.dynamicTest(endpoint + " × " + attack.name, () -> {
                    Map<String, String> before = state.fingerprint();
                    HttpResponse<byte[]> answer = send(parts[0], path, agent, attack.contentType, attack.body.get());
                    List<String> broken = judge(answer, attack.mustBeRefused);
                    assertThat(broken).as(endpoint + " × " + attack.name + " → " + answer.statusCode() + " "
                            + excerpt(answer.body())).isEmpty();
                    assertThat(state.fingerprint()).as("stored side effect of " + attack.name).isEqualTo(before);
                }));
            }
        }
        return tests.stream();
    }

    /** Multipart requests each broken one way; those that a service storing files must refuse are marked so. */
    private static List<Attack> attacks(String part, byte[] pdf, boolean stores) {
        String b = "fuzzboundary";
        String multipart = "multipart/form-data; boundary=" + b;
        byte[] exe = "MZ\u0090\u0000\u0003\u0000\u0000\u0000PE\u0000\u0000 pas un PDF".getBytes(StandardCharsets.ISO_8859_1);
        List<Attack> attacks = new ArrayList<>();
        attacks.add(new Attack("no boundary in Content-Type", "multipart/form-data",
                () -> file(b, part, "a.pdf", "application/pdf", pdf), true));
        attacks.add(new Attack("another boundary in the body", "multipart/form-data; boundary=autre",
                () -> file(b, part, "a.pdf", "application/pdf", pdf), true));
        attacks.add(new Attack("part misnamed", multipart, () -> file(b, "file", "a.pdf", "application/pdf", pdf), true));
        attacks.add(new Attack("no part at all", multipart, () -> ("--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8),
                true));
        attacks.add(new Attack("empty body", multipart, () -> new byte[0], true));
        attacks.add(new Attack("truncated body", multipart, () -> {
            byte[] whole = file(b, part, "a.pdf", "application/pdf", pdf);
            return java.util.Arrays.copyOf(whole, whole.length / 2);
        }, true));
        attacks.add(new Attack("part without a file name (a form field)", multipart,
                () -> ("--" + b + "\r\nContent-Disposition: form-data; name=\"" + part + "\"\r\n\r\nvaleur\r\n--" + b
                        + "--\r\n").getBytes(StandardCharsets.UTF_8), stores));
        attacks.add(new Attack("empty file", multipart, () -> file(b, part, "vide.pdf", "application/pdf", new byte[0]),
                stores));
        attacks.add(new Attack("executable named .pdf", multipart,
                () -> file(b, part, "deliberation.pdf", "application/pdf", exe), stores));
        attacks.add(new Attack("HTML named .pdf", multipart, () -> file(b, part, "deliberation.pdf", "application/pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)), stores));
        attacks.add(new Attack("truncated PDF", multipart, () -> file(b, part, "deliberation.pdf", "application/pdf",
                java.util.Arrays.copyOf(pdf, pdf.length / 2)), stores));
        attacks.add(new Attack("JSON sent as multipart", multipart,
                () -> "{\"fichier\": \"deliberation.pdf\"}".getBytes(StandardCharsets.UTF_8), true));
        attacks.add(new Attack("multipart sent as JSON", "application/json",
                () -> file(b, part, "a.pdf", "application/pdf", pdf), true));
        attacks.add(new Attack("multipart without Content-Type", null,
                () -> file(b, part, "a.pdf", "application/pdf", pdf), true));
        attacks.add(new Attack("executable with a traversal name", multipart,
                () -> file(b, part, "../../../etc/passwd", "application/pdf", exe), stores));
        attacks.add(new Attack("executable with a 5,000-character name", multipart,
                () -> file(b, part, "a".repeat(5_000) + ".pdf", "application/pdf", exe), stores));
        attacks.add(new Attack("executable with a NUL in its name", multipart,
                () -> file(b, part, "a\u0000b.pdf", "application/pdf", exe), stores));
        attacks.add(new Attack("executable with an invalid UTF-8 name", multipart, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"")
                    .getBytes(StandardCharsets.UTF_8));
            out.writeBytes(new byte[] {(byte) 0xc3, (byte) 0x28, (byte) 0xff});
            out.writeBytes(("\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(exe);
            out.writeBytes(("\r\n--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }, stores));
        attacks.add(new Attack("executable with a broken RFC 5987 name", multipart,
                () -> ("--" + b + "\r\nContent-Disposition: form-data; name=\"" + part
                        + "\"; filename*=UTF-8''%ff%zz\r\nContent-Type: application/pdf\r\n\r\n" + new String(exe,
                        StandardCharsets.ISO_8859_1) + "\r\n--" + b + "--\r\n").getBytes(StandardCharsets.ISO_8859_1),
                stores));
        attacks.add(new Attack("header section never ending", multipart,
                () -> ("--" + b + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"a.pdf\"\r\n"
                        + "X-Bourrage: " + "x".repeat(20_000)).getBytes(StandardCharsets.UTF_8), true));
        attacks.add(new Attack("30 executables", multipart, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < 30; i++) {
                out.writeBytes(("--" + b + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\"p"
                        + i + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.writeBytes(exe);
                out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.writeBytes(("--" + b + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }, stores));
        return attacks;
    }

    private static byte[] file(String boundary, String part, String name, String type, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + name + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private HttpResponse<byte[]> send(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60)).header("Authorization", token)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The platform's promise: no 5xx, a refusal when due, every error a French problem without internals. */
    private static List<String> judge(HttpResponse<byte[]> answer, boolean mustBeRefused) {
        List<String> broken = new ArrayList<>();
        int status = answer.statusCode();
        if (status >= 500) {
            broken.add("server error " + status);
        }
        if (mustBeRefused && status < 400) {
            broken.add("accepted (" + status + ") although invalid by construction");
        }
        if (status < 400) {
            return broken;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.toLowerCase(Locale.ROOT).startsWith("application/problem+json")) {
            broken.add(status + " as " + type + " instead of application/problem+json");
        }
        String text = new String(answer.body(), StandardCharsets.UTF_8);
        if (INTERNALS.matcher(text).find()) {
            broken.add("reveals internals");
        }
        try {
            JsonNode problem = JSON.readTree(answer.body());
            if (problem.path("status").asInt() != status) {
                broken.add("problem status " + problem.get("status") + " for HTTP " + status);
            }
            if (problem.path("title").asString("").isBlank()) {
                broken.add("problem without title");
            }
            String detail = problem.path("detail").asString("");
            if (detail.isBlank()) {
                broken.add("problem without detail");
            } else if (ENGLISH_DETAIL.matcher(detail.strip()).find()) {
                broken.add("detail in English: " + detail);
            }
        } catch (RuntimeException e) {
            broken.add("body is not JSON");
        }
        return broken;
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    /** A draft with its document, and a signed acte: most requests reach binding, validation and the use cases. */
    private Fixture fixture() {
        DematApi agent = as(GIRONDE, AGENT, "agent");
        byte[] pdf = DemoDocuments.simplePdf("Département de la Gironde", List.of("Acte du fuzzing."));
        String draft = draft(agent, "Brouillon du fuzzing");
        var attached = agent.upload("PUT", "/api/demat/actes/" + draft + "/document", "fichier", "deliberation.pdf",
                "application/pdf", pdf);
        assertThat(attached.getStatusCode()).isEqualTo(HttpStatus.OK);
        String signed = draft(agent, "Acte signé du fuzzing");
        agent.upload("PUT", "/api/demat/actes/" + signed + "/document", "fichier", "deliberation.pdf",
                "application/pdf", pdf);
        agent.post("/api/demat/actes/" + signed + "/circuit", "{\"etapes\": [{\"type\": \"signature\", \"role\": \"elu\"}]}");
        var signature = as(GIRONDE, ELU, "elu").post("/api/demat/actes/" + signed + "/signature", "");
        assertThat(signature.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new Fixture(draft, signed, attached.getBody().get("documentPrincipal").get("sha256").asString(), pdf);
    }

    private static String draft(DematApi agent, String objet) {
        var created = agent.post("/api/demat/actes", DematApi.acte(1, "5.2", "F" + (System.nanoTime() % 10_000_000),
                objet, ParisDay.today().toString()));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asString();
    }

    private record Fixture(String draft, String signed, String document, byte[] pdf) {
    }

    private record Attack(String name, String contentType, Supplier<byte[]> body, boolean mustBeRefused) {
    }
}
