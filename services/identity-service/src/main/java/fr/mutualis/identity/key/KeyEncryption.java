package fr.mutualis.identity.key;

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
 * AES-256-GCM under the key-encryption key of the configuration: the signing keys' private parts are stored sealed,
 * bound to their kid (associated data) so that a row's ciphertext cannot be swapped onto another kid.
 */
public final class KeyEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;

    private KeyEncryption(SecretKey key) {
        this.key = key;
    }

    /** From base64 of 32 bytes; the message never repeats the value. */
    public static KeyEncryption fromBase64(String base64) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException("mutualis.identity.key-encryption-key (MUTUALIS_IDENTITY_KEY_ENCRYPTION_KEY) "
                    + "est requise / is required: base64 de 32 octets aléatoires / of 32 random bytes "
                    + "(openssl rand -base64 32)");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("mutualis.identity.key-encryption-key n'est pas du base64 / is not base64");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException("mutualis.identity.key-encryption-key doit faire 32 octets / must be 32 bytes, got "
                    + bytes.length);
        }
        return new KeyEncryption(new SecretKeySpec(bytes, "AES"));
    }

    /** {@code nonce || ciphertext || tag}. */
    public byte[] seal(byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
            byte[] ciphertext = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /** Fails when the key-encryption key is not the one that sealed, or the data was altered. */
    public byte[] open(byte[] sealed, String associatedData) {
        if (sealed.length <= NONCE_BYTES) {
            throw new KeyUnsealingException(associatedData);
        }
        try {
            byte[] nonce = java.util.Arrays.copyOfRange(sealed, 0, NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, associatedData);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new KeyUnsealingException(associatedData);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** The stored private key cannot be decrypted with the configured key-encryption key. */
    public static final class KeyUnsealingException extends IllegalStateException {
        KeyUnsealingException(String kid) {
            super("La clé de signature " + kid + " ne se déchiffre pas avec mutualis.identity.key-encryption-key : "
                    + "clé de chiffrement changée ? / signing key " + kid + " does not decrypt with the configured "
                    + "key-encryption key: was it changed? (development: ./mutualis reset)");
        }
    }
}
