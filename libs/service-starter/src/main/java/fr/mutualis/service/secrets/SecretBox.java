package fr.mutualis.service.secrets;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Secrets a service must read back (webhook signing secrets, for instance) are stored sealed: AES-256-GCM under a
 * key that comes from the environment, never from the database, with a fresh nonce per value. A sealed value reads
 * {@code v1:<base64 of nonce and ciphertext>}; a changed byte fails to open.
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    /** @param base64Key 32 random bytes in base64, e.g. {@code openssl rand -base64 32} */
    public SecretBox(String base64Key) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mutualis.secrets.key is not base64", e);
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("mutualis.secrets.key (environment MUTUALIS_SECRETS_KEY) must hold 32 bytes "
                    + "in base64, e.g. the output of `openssl rand -base64 32`; found " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(VERSION);
    }

    public String seal(String secret) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a secret", e);
        }
    }

    /** @throws IllegalStateException if the value was not sealed by this key or was altered */
    public String open(String stored) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("Not a sealed secret");
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret cannot be opened with mutualis.secrets.key", e);
        }
    }
}
