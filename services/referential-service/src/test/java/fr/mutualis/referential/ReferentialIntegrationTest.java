package fr.mutualis.referential;

import static fr.mutualis.testing.security.AuthorizationMatrix.Access.ADMINISTRATORS;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.contracts.EventContracts;
import fr.mutualis.referential.support.FixtureArchive;
import fr.mutualis.referential.territory.application.Referential;
import fr.mutualis.referential.territory.domain.ImportReport;
import fr.mutualis.referential.territory.source.Councils;
import fr.mutualis.referential.territory.source.DecoupageArchive;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The referential on the real PostgreSQL of the test run, fed with small archives of the official layout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mutualis.referential.import-on-startup=false",
        // The fixture archives are made by the tests: no published integrity to check them against.
        "mutualis.referential.source.integrity="})
class ReferentialIntegrationTest {

    private static final Path FOLDER;

    static {
        try {
            FOLDER = Files.createTempDirectory("referential-fixture");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl("referential_service_test"));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        registry.add("mutualis.referential.source.location", () -> FOLDER.resolve("v1.tgz").toString());
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
    }

    @LocalServerPort
    private int port;
    @Autowired
    private Referential referential;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private JsonMapper json;
    @Autowired
    private AuditTrail audit;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void importVersion1() throws IOException {
        jdbc.sql("TRUNCATE territory, epci_member, import_run, adhesion, outbox").update();
        FixtureArchive.version1(FOLDER);
        referential.importVersion(() -> archive(FOLDER.resolve("v1.tgz"), "1.0.0").read());
    }

    private DecoupageArchive archive(Path file, String version) {
        return new DecoupageArchive(new DecoupageArchive.ArchiveSource(version, file.toString(), "", FOLDER),
                Councils.shipped(), json);
    }

    private record Answer(int status, String contentType, JsonNode body) {
    }

    private Answer call(String method, String path, String body, boolean admin) throws Exception {
        return call(method, path, body, admin ? TestIssuer.shared().administrator() : null);
    }

    /** @param authorization the {@code Authorization} header, null for an anonymous call */
    private Answer call(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body().isBlank() ? null : json.readTree(response.body()));
    }

    private long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void importing_again_changes_nothing_and_a_new_version_updates_without_duplicating() throws Exception {
        long territories = rows("territory");
        ImportReport again = referential.importVersion(() -> archive(FOLDER.resolve("v1.tgz"), "1.0.0")
                .read());
        Path v2 = FixtureArchive.version2(FOLDER);
        ImportReport next = referential.importVersion(() -> archive(v2, "2.0.0").read());

        assertThat(territories).isEqualTo(3 + 1 + 2 + 2);
        assertThat(again.changedNothing()).isTrue();
        assertThat(next.added()).isEqualTo(Map.of("commune", 1));
        assertThat(next.removed()).isEqualTo(Map.of("commune", 1));
        assertThat(next.updated()).containsKeys("commune", "epci", "departement", "region");
        assertThat(rows("territory")).isEqualTo(territories + 1);
        assertThat(call("GET", "/api/collectivites/213500226", null, false).body().get("removed").asBoolean()).isTrue();
        assertThat(call("GET", "/api/referentiel/imports", null, false).body().values())
                .extracting(report -> report.get("version").asString()).containsExactly(archive(v2, "2.0.0").version(), archive(v2, "1.0.0").version(),
                        archive(v2, "1.0.0").version());
    }

    @Test
    void a_collectivite_is_described_with_its_territories_population_and_band() throws Exception {
        JsonNode rennes = call("GET", "/api/collectivites/213502388", null, false).body();
        JsonNode metropole = call("GET", "/api/collectivites/243500139", null, false).body();
        JsonNode gironde = call("GET", "/api/collectivites/223300013", null, false).body();

        assertThat(rennes.get("kind").asString()).isEqualTo("commune");
        assertThat(rennes.get("departement").get("name").asString()).isEqualTo("Ille-et-Vilaine");
        assertThat(rennes.get("region").get("name").asString()).isEqualTo("Bretagne");
        assertThat(rennes.get("populationBand").get("code").asString()).isEqualTo("50000-plus");
        assertThat(metropole.get("population").asLong()).isEqualTo(230_890 + 677);
        assertThat(metropole.get("departement").get("code").asString()).isEqualTo("35");
        assertThat(gironde.get("kind").asString()).isEqualTo("departement");
        assertThat(gironde.get("population").asLong()).isEqualTo(267_991);
        assertThat(call("GET", "/api/collectivites/243500139/membres", null, false).body().values())
                .extracting(c -> c.get("name").asString()).containsExactly("Rennes", "Bécherel");
    }

    @Test
    void a_council_over_two_departements_is_one_collectivite_of_its_region() throws Exception {
        Path alsace = FixtureArchive.alsace(FOLDER);
        referential.importVersion(() -> archive(alsace, "1.0.0").read());

        JsonNode collectivite = call("GET", "/api/collectivites/200094332", null, false).body();
        JsonNode strasbourg = call("GET", "/api/collectivites/216704825", null, false).body();

        assertThat(collectivite.get("kind").asString()).isEqualTo("departement");
        assertThat(collectivite.get("name").asString()).isEqualTo("Collectivité européenne d'Alsace");
        assertThat(collectivite.get("region").get("name").asString()).isEqualTo("Grand Est");
        assertThat(collectivite.has("departement")).isFalse();
        assertThat(collectivite.get("population").asLong()).isEqualTo(293_771 + 104_978);
        assertThat(strasbourg.get("departement").get("name").asString()).isEqualTo("Bas-Rhin");
    }

    @Test
    void a_commune_is_found_by_its_insee_code() throws Exception {
        Answer rennes = call("GET", "/api/collectivites/communes/35238", null, false);
        assertThat(rennes.status()).isEqualTo(200);
        assertThat(rennes.body().get("siren").asString()).isEqualTo("213502388");
        Answer unknown = call("GET", "/api/collectivites/communes/99999", null, false);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body().get("title").asString()).isEqualTo("Commune inconnue");
        assertThat(call("GET", "/api/collectivites/communes/3523", null, false).status()).isEqualTo(400);
    }

    @Test
    void unknown_and_malformed_sirens_are_french_problems() throws Exception {
        Answer unknown = call("GET", "/api/collectivites/356000000", null, false);
        Answer malformed = call("GET", "/api/collectivites/12", null, false);
        Answer mistyped = call("GET", "/api/collectivites/223500019", null, false);
        Answer mistypedEpci = call("GET", "/api/collectivites/243500149/membres", null, false);

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("title").asString()).isEqualTo("Collectivité inconnue");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        // A wrong key is a typing mistake, not a collectivité missing from the referential: say which.
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body().toString()).contains("clé de contrôle (algorithme de Luhn)");
        assertThat(mistypedEpci.status()).isEqualTo(400);
        assertThat(mistypedEpci.body().toString()).contains("clé de contrôle (algorithme de Luhn)");
    }

    @Test
    void the_autocomplete_ignores_case_and_accents_and_puts_prefixes_first() throws Exception {
        JsonNode found = call("GET", "/api/collectivites?q=BECHEREL", null, false).body();
        JsonNode rennes = call("GET", "/api/collectivites?q=rennes", null, false).body();
        JsonNode communes = call("GET", "/api/collectivites?q=renne&kind=commune", null, false).body();

        assertThat(found.get("items").values()).extracting(c -> c.get("siren").asString()).containsExactly("213500226");
        assertThat(rennes.get("items").values()).extracting(c -> c.get("name").asString())
                .containsExactly("Rennes", "Rennes Métropole");
        assertThat(communes.get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void membership_changes_are_the_administrators_and_each_is_a_published_event() throws Exception {
        String body = "{\"adhesionDate\": \"2017-01-01\", \"services\": [\"demat-documents\", \"benchmark\"]}";

        Answer anonymous = call("PUT", "/api/adhesions/213502388", body, false);
        Answer agent = call("PUT", "/api/adhesions/213502388", body, TestIssuer.shared().agentOf("213502388"));
        Answer joined = call("PUT", "/api/adhesions/213502388", body, true);
        Answer same = call("PUT", "/api/adhesions/213502388", body, true);
        JsonNode member = call("GET", "/api/collectivites/213502388", null, false).body().get("member");
        Answer left = call("DELETE", "/api/adhesions/213502388?le=2026-12-31", null, true);
        Answer unknownService = call("PUT", "/api/adhesions/213502388", body.replace("benchmark", "cantine"), true);

        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(agent.status()).isEqualTo(403);
        assertThat(joined.status()).isEqualTo(200);
        assertThat(same.body().get("version").asLong()).isEqualTo(1);
        assertThat(member.get("services").values()).extracting(JsonNode::asString)
                .containsExactly("demat-documents", "benchmark");
        assertThat(left.body().get("leftOn").asString()).isEqualTo("2026-12-31");
        assertThat(unknownService.status()).isEqualTo(400);
        List<String> events = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregatetype = 'referential' "
                + "ORDER BY aggregate_version").query(String.class).list();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).contains("referential.member.joined");
        assertThat(events.get(1)).contains("referential.member.left");
        events.forEach(event -> assertThat(EventContracts.violations(event)).as(event).isEmpty());
        assertThat(audit.actsOn("adhesion", "213502388")).extracting(AuditTrail.RecordedAct::action)
                .as("the administrator's acts, each once").endsWith("adhesion.joined", "adhesion.left");
        assertThat(audit.actsOn("adhesion", "213502388").get(0).actor().roles()).containsExactly("administrateur");
        List<String> audited = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregatetype = 'audit'")
                .query(String.class).list();
        assertThat(audited).isNotEmpty().allSatisfy(event -> assertThat(EventContracts.violations(event)).isEmpty());
    }

    @Test
    void implausible_dates_null_services_and_overflowing_pages_are_refused_and_nothing_changes() throws Exception {
        String next = java.time.LocalDate.now().plusYears(1).plusDays(2).toString();
        long before = rows("adhesion") + rows("outbox");

        for (String date : new String[] {"+57275-01-01", "1969-12-31", "0001-01-01", next}) {
            Answer answer = call("PUT", "/api/adhesions/213502388",
                    "{\"adhesionDate\": \"" + date + "\", \"services\": [\"benchmark\"]}", true);
            assertThat(answer.status()).as(date).isEqualTo(400);
            assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("adhesionDate");
        }
        Answer nullService = call("PUT", "/api/adhesions/213502388",
                "{\"adhesionDate\": \"2017-01-01\", \"services\": [\"benchmark\", null]}", true);
        assertThat(nullService.status()).isEqualTo(400);
        assertThat(nullService.body().get("errors").get(0).get("field").asString()).isEqualTo("services[1]");
        assertThat(rows("adhesion") + rows("outbox")).isEqualTo(before);

        assertThat(call("PUT", "/api/adhesions/213502388",
                "{\"adhesionDate\": \"2017-01-01\", \"services\": [\"benchmark\"]}", true).status()).isEqualTo(200);
        for (String leftOn : new String[] {"2016-12-31", "+57275-01-01", next}) {
            Answer answer = call("DELETE", "/api/adhesions/213502388?le=" + leftOn, null, true);
            assertThat(answer.status()).as(leftOn).isEqualTo(400);
            assertThat(answer.body().get("errors").get(0).get("field").asString()).isEqualTo("le");
        }
        assertThat(call("GET", "/api/collectivites/213502388", null, false).body().get("member").isNull()).isFalse();

        for (String query : new String[] {"page=2147483647", "page=10001", "size=2147483647", "page=-1"}) {
            Answer answer = call("GET", "/api/collectivites?q=renne&" + query, null, false);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(call("GET", "/api/collectivites?q=renne&page=10000&size=100", null, false).body().get("items"))
                .isEmpty();
    }

    @Test
    void administrators_register_what_the_official_package_lacks() throws Exception {
        Answer syndicat = call("PUT", "/api/collectivites/253700488",
                "{\"kind\": \"syndicat\", \"name\": \"GIP Territoires Numériques\"}", true);
        Answer council = call("PUT", "/api/collectivites/223500018", "{\"kind\": \"departement\", \"code\": \"35\"}", true);
        Answer commune = call("PUT", "/api/collectivites/213502388", "{\"kind\": \"commune\", \"name\": \"Rennes\"}", true);
        Answer mistyped = call("PUT", "/api/collectivites/223500019", "{\"kind\": \"departement\", \"code\": \"35\"}",
                true);

        assertThat(syndicat.body().get("populationBand").get("code").asString()).isEqualTo("sans-objet");
        assertThat(council.body().get("name").asString()).isEqualTo("Ille-et-Vilaine");
        assertThat(call("GET", "/api/collectivites/223500018", null, false).status()).isEqualTo(200);
        assertThat(commune.status()).isEqualTo(400);
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.body().toString()).contains("clé de contrôle (algorithme de Luhn)");
    }

    @Test
    void a_siren_written_with_spaces_is_kept_and_found_by_its_digits() throws Exception {
        Answer registered = call("PUT", "/api/collectivites/200%20051%20233",
                "{\"kind\": \"syndicat\", \"name\": \"Syndicat écrit avec des espaces\"}", true);
        Answer joined = call("PUT", "/api/adhesions/200%20051%20233",
                "{\"adhesionDate\": \"2026-01-01\", \"services\": [\"benchmark\"]}", true);

        assertThat(registered.status()).isEqualTo(200);
        assertThat(registered.body().get("siren").asString()).isEqualTo("200051233");
        assertThat(joined.status()).isEqualTo(200);
        Answer found = call("GET", "/api/collectivites/200051233", null, false);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body().get("member").get("siren").asString()).isEqualTo("200051233");
        assertThat(call("GET", "/api/collectivites/200%20051%20233", null, false).body().get("siren").asString())
                .isEqualTo("200051233");
    }

    @Test
    void every_endpoint_is_in_the_authorization_matrix_and_each_caller_gets_what_it_says() {
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, "223300013",
                "213502388")
                .pathValue("siren", "213502388")
                .pathValue("codeInsee", "35238")
                .expect("GET /api/collectivites", PUBLIC)
                .expect("GET /api/collectivites/communes/{codeInsee}", PUBLIC)
                .expect("GET /api/collectivites/{siren}", PUBLIC)
                .expect("GET /api/collectivites/{siren}/membres", PUBLIC)
                .expect("PUT /api/collectivites/{siren}", ADMINISTRATORS)
                .body("PUT /api/collectivites/{siren}", caller -> "{\"kind\": \"syndicat\", \"name\": \"Syndicat\"}")
                .expect("GET /api/adhesions", PUBLIC)
                .expect("PUT /api/adhesions/{siren}", ADMINISTRATORS)
                .body("PUT /api/adhesions/{siren}",
                        caller -> "{\"adhesionDate\": \"2017-01-01\", \"services\": [\"benchmark\"]}")
                .expect("DELETE /api/adhesions/{siren}", ADMINISTRATORS)
                .expect("GET /api/referentiel/imports", PUBLIC)
                .expect("POST /api/referentiel/imports", ADMINISTRATORS);

        assertThat(matrix.unlisted()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
        matrix.forgedTokens("253700488").forEach((forgery, token) -> assertThat(
                matrix.call("DELETE /api/adhesions/{siren}", token, null)).as(forgery).isEqualTo(401));
    }
}
