package fr.mutualis.identity.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KeyEncryptionTest {

    private static final String KEY = "ibCDwQqRNMMROkbLUb1S+zftr+RYTScDsac/oOKAo20=";
    private static final String OTHER_KEY = "3q2+7wAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
    private final byte[] secret = "private key bytes".getBytes(StandardCharsets.UTF_8);

    @Test
    void sealed_bytes_open_with_the_same_key_and_kid_only() {
        KeyEncryption encryption = KeyEncryption.fromBase64(KEY);
        byte[] sealed = encryption.seal(secret, "kid-1");

        assertThat(encryption.open(sealed, "kid-1")).isEqualTo(secret);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> encryption.open(sealed, "kid-2")).isInstanceOf(KeyEncryption.KeyUnsealingException.class);
        assertThatThrownBy(() -> KeyEncryption.fromBase64(OTHER_KEY).open(sealed, "kid-1"))
                .isInstanceOf(KeyEncryption.KeyUnsealingException.class);
    }

    @Test
    void two_seals_of_the_same_bytes_differ() {
        KeyEncryption encryption = KeyEncryption.fromBase64(KEY);

        assertThat(encryption.seal(secret, "kid")).isNotEqualTo(encryption.seal(secret, "kid"));
    }

    @Test
    void a_missing_or_short_key_fails_without_echoing_it() {
        assertThatThrownBy(() -> KeyEncryption.fromBase64(null)).hasMessageContaining("key-encryption-key");
        assertThatThrownBy(() -> KeyEncryption.fromBase64("c2hvcnQ=")).hasMessageContaining("32")
                .hasMessageNotContaining("c2hvcnQ=");
    }
}
