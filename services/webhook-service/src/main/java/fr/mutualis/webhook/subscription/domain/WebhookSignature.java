package fr.mutualis.webhook.subscription.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Webhook-Signature} of a delivery: {@code sha256=} followed by the lower-case hexadecimal HMAC-SHA256 of
 * {@code <ce-id>.<ce-time>.<body>} (UTF-8; the body byte for byte as sent), keyed with the subscription's
 * {@link SigningSecret}. Binding the event id and time to the body lets a receiver reject a body that was moved to
 * another event, and deduplicate on {@code ce-id} knowing it was not tampered with.
 */
public final class WebhookSignature {

    /** Name of the HTTP header that carries the signature. */
    public static final String HEADER = "Webhook-Signature";
    /** Scheme prefix of the header's value; a future algorithm would get another one. */
    public static final String SCHEME = "sha256=";

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte SEPARATOR = '.';

    private WebhookSignature() {
    }

    /** The header value, e.g. {@code sha256=5f0c…}. */
    public static String sign(SigningSecret secret, String ceId, String ceTime, byte[] body) {
        return SCHEME + HexFormat.of().formatHex(hmac(secret, ceId, ceTime, body));
    }

    /** Whether {@code signature} is the one of this content, compared in constant time. */
    public static boolean verify(SigningSecret secret, String ceId, String ceTime, byte[] body, String signature) {
        if (signature == null || !signature.startsWith(SCHEME)) {
            return false;
        }
        byte[] expected = sign(secret, ceId, ceTime, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }

    /** The exact bytes that are signed: {@code <ce-id>.<ce-time>.<body>}. */
    public static byte[] signedContent(String ceId, String ceTime, byte[] body) {
        Objects.requireNonNull(body, "body");
        byte[] id = Objects.requireNonNull(ceId, "ceId").getBytes(StandardCharsets.UTF_8);
        byte[] time = Objects.requireNonNull(ceTime, "ceTime").getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[id.length + 1 + time.length + 1 + body.length];
        System.arraycopy(id, 0, content, 0, id.length);
        content[id.length] = SEPARATOR;
        System.arraycopy(time, 0, content, id.length + 1, time.length);
        content[id.length + 1 + time.length] = SEPARATOR;
        System.arraycopy(body, 0, content, id.length + time.length + 2, body.length);
        return content;
    }

    private static byte[] hmac(SigningSecret secret, String ceId, String ceTime, byte[] body) {
        Objects.requireNonNull(secret, "secret");
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret.key(), ALGORITHM));
            return mac.doFinal(signedContent(ceId, ceTime, body));
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory in every Java platform.
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
