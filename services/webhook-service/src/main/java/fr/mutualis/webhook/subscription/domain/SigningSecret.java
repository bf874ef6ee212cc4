package fr.mutualis.webhook.subscription.domain;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * The secret a subscription's deliveries are signed with. It is shown to the integrator once, when the subscription
 * is created; the service keeps it only to compute signatures. The HMAC key is the UTF-8 bytes of the whole text,
 * prefix included, so that integrators use the string exactly as they received it.
 */
public final class SigningSecret {

    /** Prefix of every secret, so that one found in a log or a repository is recognised for what it is. */
    public static final String PREFIX = "whsec_";
    /** Random bytes behind a secret: 256 bits, the block size of HMAC-SHA256's output. */
    public static final int RANDOM_BYTES = 32;

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final String value;

    private SigningSecret(String value) {
        this.value = value;
    }

    /** A new secret from a cryptographically strong generator. */
    public static SigningSecret generate(SecureRandom random) {
        byte[] bytes = new byte[RANDOM_BYTES];
        random.nextBytes(bytes);
        return new SigningSecret(PREFIX + ENCODER.encodeToString(bytes));
    }

    /** A secret read back from storage. */
    public static SigningSecret of(String value) {
        Objects.requireNonNull(value, "value");
        if (!value.startsWith(PREFIX) || value.length() <= PREFIX.length()) {
            throw new IllegalArgumentException("A signing secret starts with " + PREFIX);
        }
        return new SigningSecret(value);
    }

    /** The secret itself: only to sign, to store, and to show once at creation. */
    public String reveal() {
        return value;
    }

    byte[] key() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SigningSecret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** Never the secret: subscriptions end up in logs. */
    @Override
    public String toString() {
        return PREFIX + "…";
    }
}
