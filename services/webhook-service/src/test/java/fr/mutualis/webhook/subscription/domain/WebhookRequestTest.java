package fr.mutualis.webhook.subscription.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookRequestTest {

    private static final SigningSecret SECRET = SigningSecret.of("whsec_c2VjcmV0LWRlLXRlc3Q");
    private static final Subscription SUBSCRIPTION = new Subscription(UUID.randomUUID(), "GFI",
            URI.create("https://gfi.example.fr/hooks"), List.of("mutualis.experience.events"), List.of(), SECRET,
            true, Instant.EPOCH, null);
    private static final String BODY = "{\"eventId\":\"6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10\",\"title\":\"Télétransmission\"}";
    private static final CloudEvent EVENT = new CloudEvent("6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10",
            "experience.record.created", "/mutualis/experience-service", "1.0", "2026-11-22T08:00:00.123456Z",
            "0e9b1a5c-1111-4222-8333-944455556666", "1", "application/json", BODY);

    @Test
    void binary_content_mode_with_every_attribute_as_a_ce_header_and_the_envelope_as_body() {
        UUID deliveryId = UUID.randomUUID();
        WebhookRequest request = WebhookRequest.of(SUBSCRIPTION, EVENT, deliveryId, 2,
                Instant.parse("2026-11-22T09:00:00Z"));

        assertThat(request.url()).isEqualTo(SUBSCRIPTION.url());
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo(BODY);
        assertThat(request.headers()).containsExactly(
                Map.entry("ce-id", "6f1c2f55-3f1e-4c2a-9a55-0d6b1c1e2a10"),
                Map.entry("ce-type", "experience.record.created"),
                Map.entry("ce-source", "/mutualis/experience-service"),
                Map.entry("ce-specversion", "1.0"),
                Map.entry("ce-time", "2026-11-22T08:00:00.123456Z"),
                Map.entry("ce-subject", "0e9b1a5c-1111-4222-8333-944455556666"),
                Map.entry("ce-schemaversion", "1"),
                Map.entry("Content-Type", "application/json"),
                Map.entry("Webhook-Signature",
                        "sha256=023805b8846a23360c4350d30ec456a4d1b6338311d342359fdac8b1e0be08ac"),
                Map.entry("Webhook-Timestamp", "1795338000"),
                Map.entry("Webhook-Delivery-Id", deliveryId.toString()),
                Map.entry("Webhook-Attempt", "2"));
    }

    @Test
    void optional_attributes_are_left_out_when_absent() {
        CloudEvent bare = new CloudEvent("id-1", "t", "/s", "1.0", "2026-11-22T08:00:00Z", null, null, null, "{}");

        WebhookRequest request = WebhookRequest.of(SUBSCRIPTION, bare, UUID.randomUUID(), 1, Instant.EPOCH);

        assertThat(request.headers()).doesNotContainKeys("ce-subject", "ce-schemaversion");
        assertThat(request.headers()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void header_values_are_percent_encoded_as_the_http_binding_requires() {
        assertThat(WebhookRequest.encode("experience.record.created")).isEqualTo("experience.record.created");
        assertThat(WebhookRequest.encode("/mutualis/expérience service")).isEqualTo("/mutualis/exp%C3%A9rience%20service");
        assertThat(WebhookRequest.encode("50% \"net\"")).isEqualTo("50%25%20%22net%22");
    }
}
