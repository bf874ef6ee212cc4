package fr.mutualis.webhook.subscription.domain;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The HTTP POST of one delivery attempt: the CloudEvent in the HTTP binding's binary content mode (attributes in
 * {@code ce-*} headers, {@code Content-Type} of the data, body = the envelope), signed.
 *
 * <p>Headers: {@code ce-id}, {@code ce-type}, {@code ce-source}, {@code ce-specversion}, {@code ce-time},
 * {@code ce-subject} and {@code ce-schemaversion} when the event has them, {@code Content-Type},
 * {@code Webhook-Signature} (see {@link WebhookSignature}), {@code Webhook-Timestamp} (when this attempt was made,
 * in Unix seconds), {@code Webhook-Delivery-Id} and {@code Webhook-Attempt} (1 for the first attempt).
 *
 * @param url     the subscription's endpoint
 * @param headers in the order they are sent
 * @param body    the envelope, byte for byte as read from Kafka
 */
public record WebhookRequest(URI url, Map<String, String> headers, byte[] body) {

    public static final String TIMESTAMP_HEADER = "Webhook-Timestamp";
    public static final String DELIVERY_ID_HEADER = "Webhook-Delivery-Id";
    public static final String ATTEMPT_HEADER = "Webhook-Attempt";

    public WebhookRequest {
        Objects.requireNonNull(url, "url");
        headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        Objects.requireNonNull(body, "body");
    }

    /** The request of attempt number {@code attempt} (1 for the first) of a delivery, made at {@code now}. */
    public static WebhookRequest of(Subscription subscription, CloudEvent event, UUID deliveryId, int attempt,
                                    Instant now) {
        byte[] body = event.body();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce-id", encode(event.id()));
        headers.put("ce-type", encode(event.type()));
        headers.put("ce-source", encode(event.source()));
        headers.put("ce-specversion", encode(event.specVersion()));
        headers.put("ce-time", encode(event.time()));
        if (event.subject() != null) {
            headers.put("ce-subject", encode(event.subject()));
        }
        if (event.schemaVersion() != null) {
            headers.put("ce-schemaversion", encode(event.schemaVersion()));
        }
        headers.put("Content-Type", event.dataContentType());
        headers.put(WebhookSignature.HEADER, WebhookSignature.sign(subscription.secret(), event.id(), event.time(), body));
        headers.put(TIMESTAMP_HEADER, Long.toString(now.getEpochSecond()));
        headers.put(DELIVERY_ID_HEADER, deliveryId.toString());
        headers.put(ATTEMPT_HEADER, Integer.toString(attempt));
        return new WebhookRequest(subscription.url(), headers, body);
    }

    /**
     * A header value as the CloudEvents HTTP binding (3.1.3.2) wants it: UTF-8, with space, {@code "}, {@code %} and
     * every character outside printable ASCII percent-encoded. The platform's ids, types, sources and times need none
     * of it; the signature is computed over the attributes before encoding.
     */
    public static String encode(String value) {
        StringBuilder encoded = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && c != '"' && c != '%') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return encoded.toString();
    }
}
