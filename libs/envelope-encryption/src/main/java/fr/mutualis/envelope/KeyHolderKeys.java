package fr.mutualis.envelope;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.text.Normalizer;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key pairs of a consultation's key holders: RSA-3072, whose public key wraps the data keys of the bids, and whose
 * private key is sealed under the holder's passphrase, which the platform never keeps.
 *
 * <p>Sealed private key, version 1, integers big-endian:
 * <pre>
 * version (1) = 1 | kdf (1) = 1, PBKDF2-HMAC-SHA256 | iterations (4) | salt (16) | nonce (12)
 * | AES-256-GCM ciphertext of the PKCS#8 private key, tag (16) included
 * </pre>
 * The 34 bytes before the ciphertext are its additional authenticated data, so no parameter can be changed unseen.
 *
 * <p>The caller's passphrase arrays are left as they are (the caller zeroes them); the copies made here are zeroed.
 */
public final class KeyHolderKeys {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256: about half a second per guess on a server core. */
    static final int PBKDF2_ITERATIONS = 600_000;
    // Read back from a stored blob: bounded so that a forged blob cannot keep a request busy for hours.
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int RSA_BITS = 3072;
    private static final byte VERSION = 1;
    private static final byte KDF_PBKDF2_HMAC_SHA256 = 1;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = 1 + 1 + 4 + SALT_BYTES + NONCE_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyHolderKeys() {
    }

    /**
     * A new key pair whose private key is sealed under {@code passphrase}.
     *
     * @throws WeakPassphraseException if the passphrase does not follow {@link PassphrasePolicy}
     */
    public static SealedKeyPair generate(char[] passphrase) {
        return generate(passphrase, PBKDF2_ITERATIONS);
    }

    /** For tests only: fewer iterations keep them fast; {@link #unseal} reads the count from the blob. */
    static SealedKeyPair generate(char[] passphrase, int iterations) {
        PassphrasePolicy.check(passphrase);
        KeyPair pair = rsaKeyPair();
        byte[] pkcs8 = pair.getPrivate().getEncoded();
        try {
            return new SealedKeyPair(pair.getPublic().getEncoded(), seal(pkcs8, passphrase, iterations));
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /**
     * The private key sealed by {@link #generate}, to be held in memory only for the time of an opening.
     *
     * @throws WrongPassphraseException if the passphrase is not the one it was sealed with, or the blob was altered
     */
    public static PrivateKey unseal(byte[] sealedPrivateKey, char[] passphrase) {
        if (sealedPrivateKey.length <= HEADER_BYTES) {
            throw new WrongPassphraseException();
        }
        ByteBuffer header = ByteBuffer.wrap(sealedPrivateKey, 0, HEADER_BYTES);
        byte version = header.get();
        byte kdf = header.get();
        int iterations = header.getInt();
        if (version != VERSION || kdf != KDF_PBKDF2_HMAC_SHA256 || iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new WrongPassphraseException();
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        header.get(salt).get(nonce);
        byte[] pkcs8 = null;
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, passphraseKey(passphrase, salt, iterations),
                    new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(sealedPrivateKey, 0, HEADER_BYTES);
            pkcs8 = aes.doFinal(sealedPrivateKey, HEADER_BYTES, sealedPrivateKey.length - HEADER_BYTES);
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (AEADBadTagException | InvalidKeySpecException wrongKeyOrAlteredBlob) {
            throw new WrongPassphraseException();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM, PBKDF2 or RSA unavailable in this JDK", unavailable);
        } finally {
            if (pkcs8 != null) {
                Arrays.fill(pkcs8, (byte) 0);
            }
        }
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(RSA_BITS, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("RSA unavailable in this JDK", unavailable);
        }
    }

    private static byte[] seal(byte[] pkcs8, char[] passphrase, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(salt);
        RANDOM.nextBytes(nonce);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(VERSION).put(KDF_PBKDF2_HMAC_SHA256).putInt(iterations)
                .put(salt).put(nonce).array();
        try {
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.ENCRYPT_MODE, passphraseKey(passphrase, salt, iterations),
                    new GCMParameterSpec(TAG_BITS, nonce));
            aes.updateAAD(header);
            byte[] sealed = Arrays.copyOf(header, HEADER_BYTES + aes.getOutputSize(pkcs8.length));
            aes.doFinal(pkcs8, 0, pkcs8.length, sealed, HEADER_BYTES);
            return sealed;
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM or PBKDF2 unavailable in this JDK", unavailable);
        }
    }

    private static SecretKeySpec passphraseKey(char[] passphrase, byte[] salt, int iterations)
            throws GeneralSecurityException {
        char[] normalized = nfc(passphrase);
        PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, 256);
        Arrays.fill(normalized, '\0');
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        spec.clearPassword();
        try {
            return new SecretKeySpec(derived, "AES");
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    /**
     * The same "é" may arrive precomposed or decomposed depending on the holder's keyboard and browser: composing it
     * (NFC) lets the passphrase typed at opening unseal what was sealed at publication. Only a passphrase that needs
     * it goes through an immutable {@code String}.
     */
    private static char[] nfc(char[] passphrase) {
        CharBuffer chars = CharBuffer.wrap(passphrase);
        return Normalizer.isNormalized(chars, Normalizer.Form.NFC)
                ? passphrase.clone()
                : Normalizer.normalize(chars, Normalizer.Form.NFC).toCharArray();
    }
}
