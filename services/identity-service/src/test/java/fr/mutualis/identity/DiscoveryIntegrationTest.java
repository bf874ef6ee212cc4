package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.identity.key.SigningKeys;
import fr.mutualis.identity.support.Browser;
import fr.mutualis.identity.support.IdentityServiceTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DiscoveryIntegrationTest extends IdentityServiceTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final Browser browser = new Browser();

    @Autowired
    private SigningKeys keys;

    @Test
    void the_discovery_document_names_the_issuer_and_its_endpoints() {
        HttpResponse<String> response = browser.get(ISSUER + "/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = json.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("userinfo_endpoint").asString()).isEqualTo(ISSUER + "/userinfo");
        assertThat(discovery.get("end_session_endpoint").asString()).isEqualTo(ISSUER + "/connect/logout");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString()).contains("RS256");
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @Test
    void the_jwks_publishes_the_active_key_without_its_private_part() {
        HttpResponse<String> response = browser.get(ISSUER + "/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode keySet = json.readTree(response.body()).get("keys");
        assertThat(keySet.size()).isGreaterThanOrEqualTo(1);
        java.util.List<String> kids = new java.util.ArrayList<>();
        keySet.forEach(key -> kids.add(key.get("kid").asString()));
        assertThat(kids).contains(keys.activeKeyId());
        keySet.forEach(key -> {
            assertThat(key.get("kty").asString()).isEqualTo("RSA");
            assertThat(key.get("use").asString()).isEqualTo("sig");
            assertThat(key.get("alg").asString()).isEqualTo("RS256");
            assertThat(key.has("d")).as("private exponent").isFalse();
            assertThat(key.has("p")).isFalse();
        });
    }

    @Test
    void readiness_is_public() {
        HttpResponse<String> response = browser.get(ISSUER + "/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }
}
