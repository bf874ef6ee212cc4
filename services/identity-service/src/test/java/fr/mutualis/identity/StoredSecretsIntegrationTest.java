package fr.mutualis.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.RSAKey;
import fr.mutualis.identity.key.SigningKeys;
import fr.mutualis.identity.support.IdentityServiceTest;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an attacker reading the database would find: no private key, no client secret, no password in clear. */
class StoredSecretsIntegrationTest extends IdentityServiceTest {

    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private SigningKeys keys;

    @Test
    void the_signing_keys_private_parts_are_stored_encrypted() throws Exception {
        RSAKey active = (RSAKey) keys.get(new JWKSelector(new JWKMatcher.Builder().keyID(keys.activeKeyId()).build()),
                null).get(0);
        byte[] pkcs8 = active.toRSAPrivateKey().getEncoded();
        String privateExponent = active.getPrivateExponent().toString();

        byte[] stored = jdbc.sql("SELECT private_key_encrypted FROM signing_key WHERE kid = ?")
                .param(keys.activeKeyId()).query(byte[].class).single();
        String row = jdbc.sql("SELECT t::text FROM signing_key t WHERE kid = ?").param(keys.activeKeyId())
                .query(String.class).single();

        assertThat(indexOf(stored, pkcs8)).isEqualTo(-1);
        assertThat(indexOf(stored, java.util.Arrays.copyOfRange(pkcs8, 40, 80))).isEqualTo(-1);
        assertThat(row).doesNotContain(privateExponent).doesNotContain(Base64.getEncoder().encodeToString(pkcs8));
        assertThat(stored.length).isEqualTo(12 + pkcs8.length + 16);
    }

    @Test
    void client_secrets_and_passwords_are_stored_as_bcrypt_hashes() {
        List<String> secrets = jdbc.sql("SELECT client_secret FROM oauth2_registered_client WHERE client_secret IS NOT NULL")
                .query(String.class).list();
        String clients = String.join("\n", jdbc.sql("SELECT t::text FROM oauth2_registered_client t")
                .query(String.class).list());
        String users = String.join("\n", jdbc.sql("SELECT t::text FROM platform_user t").query(String.class).list());

        assertThat(secrets).hasSizeGreaterThanOrEqualTo(3).allSatisfy(secret -> assertThat(secret).startsWith("{bcrypt}$2"));
        assertThat(clients).doesNotContain(PORTAL_SECRET).doesNotContain(ADMIN_SECRET).doesNotContain(DPO_SECRET);
        assertThat(users).contains("{bcrypt}$2").doesNotContain(DEMO_PASSWORD);
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
}
