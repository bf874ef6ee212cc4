package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.identity.key.SigningKeys;
import fr.mutualis.identity.support.Browser;
import fr.mutualis.identity.support.IdentityServiceTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

class KeyRotationIntegrationTest extends IdentityServiceTest {

    @Autowired
    private SigningKeys keys;

    @Test
    void after_a_rotation_the_jwks_holds_both_keys_new_tokens_use_the_new_one_and_old_tokens_still_verify() {
        String before = PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.DPO_AUTOMATION_CLIENT, DPO_SECRET);
        String oldKid = verify(before).getHeaders().get("kid").toString();

        String newKid = keys.rotateNow();

        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(publishedKids()).contains(oldKid, newKid);
        String after = PlatformSignIn.clientCredentialsToken(ISSUER, PlatformSignIn.DPO_AUTOMATION_CLIENT, DPO_SECRET);
        assertThat(verify(after).getHeaders()).containsEntry("kid", newKid);
        assertThat(verify(before).getClaimAsStringList("roles")).containsExactly("dpo");
        String userToken = PlatformSignIn.accessToken(ISSUER, "dpo.syndicat@demo.mutualis.fr", DEMO_PASSWORD);
        assertThat(verify(userToken).getHeaders()).containsEntry("kid", newKid);
    }

    @Test
    void a_fresh_key_is_not_rotated_again() {
        String active = keys.rotateNow();

        keys.rotateIfDue();

        assertThat(keys.activeKeyId()).isEqualTo(active);
    }

    private static List<String> publishedKids() {
        List<String> kids = new ArrayList<>();
        JsonMapper.builder().build().readTree(new Browser().get(ISSUER + "/oauth2/jwks").body()).get("keys")
                .forEach(key -> kids.add(key.get("kid").asString()));
        return kids;
    }
}
