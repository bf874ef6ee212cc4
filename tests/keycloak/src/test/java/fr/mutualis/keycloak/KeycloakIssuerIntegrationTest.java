package fr.mutualis.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The platform trusts any OpenID Connect issuer by configuration alone: a real Keycloak, loaded with the realm file
 * of {@code infra/keycloak}, issues the tokens; a real referential-service runs from its executable jar with
 * nothing but {@code mutualis.security.issuer-uri} (and the audience) pointing at that Keycloak. No code, no key,
 * no test double of either side.
 */
class KeycloakIssuerIntegrationTest {

    private static final String DATABASE = "referential_keycloak_test";
    private static final String GIRONDE = ReferentialFixture.GIRONDE;
    private static final String ADHESION = "{\"adhesionDate\": \"2024-01-01\", \"services\": [\"benchmark\", \"demat-documents\"]}";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static KeycloakServer keycloak;
    private static ServiceJar referential;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private static RuntimeException startFailure;

    /**
     * Starts Keycloak then the service once for the class, from the first test: without a JDK 21+ each test is then
     * reported as skipped with the reason (an abort in {@code @BeforeAll} would make surefire report no test at all).
     */
    @BeforeEach
    void keycloakThenTheService() {
        startOnce();
    }

    private static synchronized void startOnce() {
        if (startFailure != null) {
            throw startFailure;
        }
        if (referential != null) {
            return;
        }
        try {
            keycloak = KeycloakServer.shared();
            Path workDir = Path.of(System.getProperty("mutualis.keycloak.work-dir"));
            StackEndpoints stack = RealStack.endpoints();
            String jdbcUrl = freshDatabase(stack, DATABASE);
            Path fixture = ReferentialFixture.write(workDir.resolve("referential-source"));
            referential = ServiceJar.start("referential-service", List.of(
                    "--spring.datasource.url=" + jdbcUrl,
                    "--spring.datasource.username=" + stack.postgresUser(),
                    "--spring.datasource.password=" + stack.postgresPassword(),
                    // The whole trust relationship: which issuer, which audience.
                    "--mutualis.security.issuer-uri=" + keycloak.issuer(),
                    "--mutualis.security.audience=mutualis",
                    "--mutualis.demo.enabled=false",
                    // A small referential of the same layout instead of downloading the official one.
                    "--mutualis.referential.source.version=" + ReferentialFixture.VERSION,
                    "--mutualis.referential.source.location=" + fixture,
                    "--mutualis.referential.source.integrity=",
                    "--mutualis.referential.source.cache-dir=" + workDir.resolve("referential-cache")), workDir);
        } catch (RuntimeException e) {
            startFailure = e;
            throw e;
        }
    }

    @AfterAll
    static void stopTheService() {
        if (referential != null) {
            referential.close();
        }
    }

    @Test
    void reading_the_referential_needs_no_token() {
        Answer gironde = call("GET", "/api/collectivites/" + GIRONDE, null, null);

        assertThat(gironde.status()).as(gironde.toString()).isEqualTo(200);
        assertThat(gironde.json().path("name").asString()).isEqualTo("Gironde");
    }

    @Test
    void an_administrator_signed_in_with_keycloak_changes_the_membership() {
        String token = keycloak.passwordToken("admin.syndicat", "admin-syndicat-dev");

        Answer joined = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, token);

        assertThat(joined.status()).as(joined.toString()).isBetween(200, 299);
        assertThat(joined.json().path("siren").asString()).isEqualTo(GIRONDE);
        JsonNode member = call("GET", "/api/collectivites/" + GIRONDE, null, null).json().path("member");
        assertThat(KeycloakRealmIntegrationTest.strings(member.path("services"))).contains("benchmark", "demat-documents");
    }

    @Test
    void an_agent_even_of_that_collectivite_is_forbidden_with_a_problem() {
        String token = keycloak.passwordToken("agent.gironde", "agent-gironde-dev");
        assertThat(Jwts.claims(token).path("siret").asString()).startsWith(GIRONDE);

        Answer refused = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, token);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void without_a_token_a_change_is_unauthorized_with_a_problem() {
        Answer refused = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, null);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void an_administrator_token_of_another_issuer_is_unauthorized() {
        String other = keycloak.passwordToken(KeycloakServer.OTHER_REALM, KeycloakServer.TEST_CLIENT, "admin.syndicat",
                "admin-syndicat-dev");
        assertThat(KeycloakRealmIntegrationTest.strings(Jwts.claims(other).path("roles"))).containsExactly("administrateur");
        assertThat(KeycloakRealmIntegrationTest.audiences(Jwts.claims(other))).contains("mutualis");

        Answer refused = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, other);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    }

    @Test
    void tampered_tokens_are_unauthorized() {
        String agent = keycloak.passwordToken("agent.gironde", "agent-gironde-dev");
        String admin = keycloak.passwordToken("admin.syndicat", "admin-syndicat-dev");
        String promoted = Jwts.withChangedClaims(agent, claims -> claims.putArray("roles").add("administrateur"));
        String brokenSignature = Jwts.withBrokenSignature(admin);

        Answer promotedAnswer = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, promoted);
        Answer brokenAnswer = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, brokenSignature);

        assertThat(promotedAnswer.status()).as(promotedAnswer.toString()).isEqualTo(401);
        assertThat(brokenAnswer.status()).as(brokenAnswer.toString()).isEqualTo(401);
    }

    @Test
    void a_token_of_the_right_issuer_without_the_mutualis_audience_is_unauthorized() {
        String token = keycloak.passwordToken(KeycloakServer.REALM, clientWithoutAudience(), "admin.syndicat",
                "admin-syndicat-dev");
        JsonNode claims = Jwts.claims(token);
        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer());
        assertThat(KeycloakRealmIntegrationTest.strings(claims.path("roles"))).containsExactly("administrateur");
        assertThat(KeycloakRealmIntegrationTest.audiences(claims)).doesNotContain("mutualis");

        Answer refused = call("PUT", "/api/adhesions/" + GIRONDE, ADHESION, token);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
    }

    /**
     * Creates (once) a public password-grant client of the realm whose tokens carry the Mutualis mappers and roles
     * but not the audience mapper: everything right except {@code aud}.
     */
    private static synchronized String clientWithoutAudience() {
        String clientId = "interop-test-sans-audience";
        if (keycloak.admin("GET", "/" + KeycloakServer.REALM + "/clients?clientId=" + clientId, null).json().isEmpty()) {
            JsonNode realmFile = JSON.readTree(Path.of(System.getProperty("mutualis.keycloak.realm-file")).toFile());
            ArrayNode mappers = JSON.createArrayNode();
            for (JsonNode scope : realmFile.path("clientScopes")) {
                if ("mutualis".equals(scope.path("name").asString())) {
                    scope.path("protocolMappers").forEach(mapper -> {
                        if (!"oidc-audience-mapper".equals(mapper.path("protocolMapper").asString())) {
                            mappers.add(mapper);
                        }
                    });
                }
            }
            ObjectNode client = JSON.createObjectNode()
                    .put("clientId", clientId).put("enabled", true).put("protocol", "openid-connect")
                    .put("publicClient", true).put("standardFlowEnabled", false).put("directAccessGrantsEnabled", true)
                    .put("fullScopeAllowed", false);
            client.set("protocolMappers", mappers);
            client.putArray("defaultClientScopes");
            client.putArray("optionalClientScopes");
            String location = keycloak.admin("POST", "/" + KeycloakServer.REALM + "/clients", client.toString()).location();
            String id = location.substring(location.lastIndexOf('/') + 1);
            ArrayNode roles = JSON.createArrayNode();
            for (String role : List.of("agent", "elu", "administrateur", "dpo")) {
                roles.add(keycloak.admin("GET", "/" + KeycloakServer.REALM + "/roles/" + role, null).json());
            }
            keycloak.admin("POST", "/" + KeycloakServer.REALM + "/clients/" + id + "/scope-mappings/realm", roles.toString());
        }
        return clientId;
    }

    private record Answer(int status, String contentType, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    private Answer call(String method, String path, String body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(referential.url() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + ": " + e.getMessage() + "\nreferential-service log:\n"
                    + referential.logTail(40), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Drops and creates {@code database} on the test stack's PostgreSQL: each run starts from nothing. */
    private static String freshDatabase(StackEndpoints stack, String database) {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl("postgres"), stack.postgresUser(),
                stack.postgresPassword()); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reset the test database " + database + ": " + e.getMessage(), e);
        }
        return stack.jdbcUrl(database);
    }
}
