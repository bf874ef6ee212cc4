package fr.mutualis.service.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static String randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    private final SecretBox box = new SecretBox(randomKey());

    @Test
    void a_sealed_secret_opens_to_itself_and_does_not_show_it() {
        String sealed = box.seal("whsec_abc");

        assertThat(sealed).startsWith("v1:").doesNotContain("whsec_abc");
        assertThat(box.seal("whsec_abc")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("whsec_abc");
    }

    @Test
    void another_key_or_an_altered_value_does_not_open() {
        String sealed = box.seal("whsec_abc");
        char last = sealed.charAt(sealed.length() - 2);
        String altered = sealed.substring(0, sealed.length() - 2) + (last == 'A' ? 'B' : 'A') + sealed.charAt(sealed.length() - 1);

        assertThatThrownBy(() -> new SecretBox(randomKey()).open(sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open(altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> box.open("whsec_abc")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_key_of_the_wrong_size_stops_the_start() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new SecretBox("pas du base64 !")).hasMessageContaining("base64");
    }
}
