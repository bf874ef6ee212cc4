package fr.mutualis.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm file {@code infra/keycloak/mutualis-realm.json}, imported into a real Keycloak, issues access tokens
 * that carry the platform's token contract: {@code roles} (only the four Mutualis roles), {@code siret} and the
 * ProConnect names, audience {@code mutualis}. Independent of any Mutualis service.
 */
class KeycloakRealmIntegrationTest {

    private static final List<String> MUTUALIS_ROLES = List.of("agent", "elu", "administrateur", "dpo");
    private static KeycloakServer keycloak;

    /**
     * Per test, not per class: without a JDK 21+ each test is then reported as skipped with the reason (an abort in
     * {@code @BeforeAll} would make surefire report no test at all).
     */
    @BeforeEach
    void startKeycloak() {
        keycloak = KeycloakServer.shared();
    }

    @Test
    void an_agent_token_carries_roles_siret_proconnect_names_and_the_mutualis_audience() {
        String token = keycloak.passwordToken("agent.gironde", "agent-gironde-dev");
        JsonNode claims = Jwts.claims(token);
        System.out.println("Claims of agent.gironde's access token: " + claims.toPrettyString());

        assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuer()).endsWith("/realms/mutualis");
        assertThat(audiences(claims)).contains("mutualis");
        assertThat(strings(claims.path("roles"))).containsExactly("agent");
        assertThat(claims.path("siret").asString()).isEqualTo("22330001300017").matches("[0-9]{14}");
        assertThat(claims.path("uid").asString()).isEqualTo("agent-gironde-0001");
        assertThat(claims.path("given_name").asString()).isEqualTo("Camille");
        assertThat(claims.path("usual_name").asString()).isEqualTo("Martin");
        assertThat(claims.path("email").asString()).isEqualTo("camille.martin@gironde.example.org");
        assertThat(claims.path("sub").asString()).isNotBlank();
        assertThat(Jwts.header(token).path("alg").asString()).isEqualTo("RS256");
        assertThat(Jwts.header(token).path("kid").asString()).isNotBlank();
    }

    @Test
    void each_user_gets_exactly_its_role_and_its_collectivite_never_keycloaks_own_roles() {
        JsonNode admin = Jwts.claims(keycloak.passwordToken("admin.syndicat", "admin-syndicat-dev"));
        JsonNode bordeaux = Jwts.claims(keycloak.passwordToken("agent.bordeaux", "agent-bordeaux-dev"));

        assertThat(strings(admin.path("roles"))).containsExactly("administrateur");
        assertThat(admin.path("siret").asString()).isEqualTo("25370048800019");
        assertThat(strings(bordeaux.path("roles"))).containsExactly("agent");
        assertThat(bordeaux.path("siret").asString()).isEqualTo("21330063500017");
        assertThat(strings(admin.path("roles"))).allMatch(MUTUALIS_ROLES::contains);
    }

    @Test
    void the_copy_of_the_realm_is_another_issuer_with_its_own_keys() {
        String mutualis = keycloak.passwordToken("admin.syndicat", "admin-syndicat-dev");
        String other = keycloak.passwordToken(KeycloakServer.OTHER_REALM, KeycloakServer.TEST_CLIENT, "admin.syndicat",
                "admin-syndicat-dev");

        assertThat(Jwts.claims(other).path("iss").asString()).isEqualTo(keycloak.issuer(KeycloakServer.OTHER_REALM))
                .isNotEqualTo(keycloak.issuer());
        assertThat(strings(Jwts.claims(other).path("roles"))).containsExactly("administrateur");
        assertThat(audiences(Jwts.claims(other))).contains("mutualis");
        assertThat(Jwts.header(other).path("kid").asString()).isNotEqualTo(Jwts.header(mutualis).path("kid").asString());
    }

    @Test
    void the_portal_client_has_no_password_grant() {
        assertThatThrownBy(() -> keycloak.passwordToken(KeycloakServer.REALM, "mutualis-portal", "agent.gironde",
                "agent-gironde-dev"))
                .hasMessageContaining("Keycloak refused");
        assertThatThrownBy(() -> keycloak.passwordToken("personne.inconnue", "mot-de-passe"))
                .hasMessageContaining("invalid_grant");
    }

    @Test
    void the_realm_file_declares_a_confidential_portal_with_pkce_and_a_test_only_password_client() {
        JsonNode realm = JsonMapper.builder().build().readTree(Path.of(System.getProperty("mutualis.keycloak.realm-file")).toFile());
        JsonNode portal = client(realm, "mutualis-portal");
        JsonNode test = client(realm, KeycloakServer.TEST_CLIENT);

        assertThat(portal.path("publicClient").asBoolean()).isFalse();
        assertThat(portal.path("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(portal.path("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(portal.path("attributes").path("pkce.code.challenge.method").asString()).isEqualTo("S256");
        assertThat(test.path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(test.path("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(test.path("description").asString()).contains("TEST ONLY");
    }

    static List<String> audiences(JsonNode claims) {
        JsonNode aud = claims.path("aud");
        return aud.isArray() ? strings(aud) : aud.isMissingNode() ? List.of() : List.of(aud.asString());
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asString())) {
                return client;
            }
        }
        throw new AssertionError("No client " + clientId + " in the realm file");
    }
}
