package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

    @Test
    void a_generated_secret_is_prefixed_url_safe_and_carries_256_random_bits() {
        String secret = SigningSecret.generate(new SecureRandom()).reveal();

        assertThat(secret).startsWith("whsec_").matches("whsec_[A-Za-z0-9_-]{43}");
    }

    @Test
    void generated_secrets_differ() {
        SecureRandom random = new SecureRandom();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            secrets.add(SigningSecret.generate(random).reveal());
        }
        assertThat(secrets).hasSize(1000);
    }

    @Test
    void never_shows_itself_in_logs() {
        SigningSecret secret = SigningSecret.generate(new SecureRandom());

        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(6));
        assertThat(new Subscription(UUID.randomUUID(), "GFI", URI.create("https://a.example"), List.of("t"), List.of(),
                secret, true, Instant.EPOCH, null).toString())
                .doesNotContain(secret.reveal().substring(6));
    }

    @Test
    void only_reads_back_what_it_generates() {
        assertThatThrownBy(() -> SigningSecret.of("secret")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SigningSecret.of("whsec_")).isInstanceOf(IllegalArgumentException.class);
    }
}
