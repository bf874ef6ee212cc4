package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    private static final SigningSecret SECRET = SigningSecret.of("whsec_c2VjcmV0LWRlLXRlc3Q");
    private static final String CE_ID = "6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10";
    private static final String CE_TIME = "2026-11-22T08:00:00.123456Z";
    private static final byte[] BODY = "{\"eventId\":\"6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10\",\"title\":\"Télétransmission\"}"
            .getBytes(StandardCharsets.UTF_8);

    /**
     * Computed independently, as the README tells integrators to:
     * {@code { printf '%s.%s.' "$CE_ID" "$CE_TIME"; cat body.json; } | openssl dgst -sha256 -hmac "$SECRET" -r}.
     */
    @Test
    void signs_id_time_and_body_with_hmac_sha256_as_openssl_does() {
        assertThat(WebhookSignature.sign(SECRET, CE_ID, CE_TIME, BODY))
                .isEqualTo("sha256=023805b8846a23360c4350d30ec456a4d1b6338311d342359fdac8b1e0be08ac");
    }

    @Test
    void the_signed_content_is_id_dot_time_dot_body() {
        assertThat(new String(WebhookSignature.signedContent("a", "b", "{}".getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8)).isEqualTo("a.b.{}");
    }

    @Test
    void verifies_its_own_signature() {
        String signature = WebhookSignature.sign(SECRET, CE_ID, CE_TIME, BODY);

        assertThat(WebhookSignature.verify(SECRET, CE_ID, CE_TIME, BODY, signature)).isTrue();
    }

    @Test
    void any_change_of_body_id_time_or_secret_breaks_the_signature() {
        String signature = WebhookSignature.sign(SECRET, CE_ID, CE_TIME, BODY);
        byte[] otherBody = new String(BODY, StandardCharsets.UTF_8).replace("Télé", "Tele")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(WebhookSignature.verify(SECRET, CE_ID, CE_TIME, otherBody, signature)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, "7f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10", CE_TIME, BODY, signature))
                .isFalse();
        assertThat(WebhookSignature.verify(SECRET, CE_ID, "2026-11-22T08:00:00.123457Z", BODY, signature)).isFalse();
        assertThat(WebhookSignature.verify(SigningSecret.of("whsec_autre"), CE_ID, CE_TIME, BODY, signature)).isFalse();
    }

    @Test
    void refuses_a_missing_or_foreign_scheme() {
        String hex = WebhookSignature.sign(SECRET, CE_ID, CE_TIME, BODY).substring(WebhookSignature.SCHEME.length());

        assertThat(WebhookSignature.verify(SECRET, CE_ID, CE_TIME, BODY, null)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, CE_ID, CE_TIME, BODY, hex)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, CE_ID, CE_TIME, BODY, "sha1=" + hex)).isFalse();
    }
}
