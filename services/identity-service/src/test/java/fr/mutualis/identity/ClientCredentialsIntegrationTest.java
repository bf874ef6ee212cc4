package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.identity.key.SigningKeys;
import fr.mutualis.identity.support.IdentityServiceTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.Jwt;

class ClientCredentialsIntegrationTest extends IdentityServiceTest {

    @Autowired
    private SigningKeys keys;

    @Test
    void the_admin_automation_client_gets_a_signed_token_with_the_platform_audience_and_its_role() {
        String token = PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.ADMIN_AUTOMATION_CLIENT, ADMIN_SECRET);

        Jwt jwt = verify(token);
        assertThat(jwt.getHeaders()).containsEntry("alg", "RS256").containsEntry("kid", keys.activeKeyId());
        assertThat(jwt.getIssuer().toString()).isEqualTo(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo(PlatformSignIn.ADMIN_AUTOMATION_CLIENT);
        assertThat(jwt.getAudience()).contains("mutualis", PlatformSignIn.ADMIN_AUTOMATION_CLIENT);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("administrateur");
        assertThat(jwt.getClaimAsStringList("scope")).containsExactly("mutualis.admin");
        assertThat(Duration.between(jwt.getIssuedAt(), jwt.getExpiresAt())).isEqualTo(Duration.ofMinutes(10));
        assertThat(jwt.getClaims()).doesNotContainKeys("siret", "uid");
    }

    @Test
    void the_dpo_automation_client_carries_the_dpo_role() {
        String token = PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.DPO_AUTOMATION_CLIENT, DPO_SECRET);

        Jwt jwt = verify(token);
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("dpo");
        assertThat(jwt.getAudience()).contains("mutualis");
    }

    @Test
    void a_wrong_secret_is_refused() {
        assertThatThrownBy(() -> PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.ADMIN_AUTOMATION_CLIENT,
                "not-the-secret"))
                .isInstanceOfSatisfying(PlatformSignIn.SignInRefused.class,
                        refused -> assertThat(refused.error()).isEqualTo("invalid_client"));
    }

    @Test
    void the_public_client_cannot_use_client_credentials() {
        assertThatThrownBy(() -> PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.CLI_CLIENT, "anything"))
                .isInstanceOf(PlatformSignIn.SignInRefused.class);
    }
}
