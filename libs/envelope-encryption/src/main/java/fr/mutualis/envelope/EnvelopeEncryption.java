package fr.mutualis.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.IllegalBlockSizeException;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * Envelope encryption of a bid file: the file is encrypted as a stream ({@link SegmentedAesGcm}, AES-256-GCM in
 * 64 KiB segments) under a fresh random data key, and that key is wrapped for each recipient with RSA-OAEP, SHA-256
 * and MGF1-SHA-256 (WebCrypto's RSA-OAEP with SHA-256, should opening move to the browser).
 *
 * <p>Opening writes each segment as soon as it is authenticated, so a file altered or cut in its middle fails after
 * its first segments were written: write the plaintext to a temporary file and delete it when a
 * {@link TamperedEnvelopeException} is thrown; only a call that returns normally has produced the whole file.
 */
public final class EnvelopeEncryption {

    static final int DATA_KEY_BYTES = 32;
    private static final int MIN_RECIPIENT_KEY_BITS = 3072;
    private static final OAEPParameterSpec OAEP_SHA256 = new OAEPParameterSpec("SHA-256", "MGF1",
            MGF1ParameterSpec.SHA256, PSource.PSpecified.DEFAULT);
    private static final SecureRandom RANDOM = new SecureRandom();

    private EnvelopeEncryption() {
    }

    /**
     * Encrypts {@code plaintext} to {@code ciphertext} under a new data key wrapped for every recipient. Neither
     * stream is closed.
     *
     * @param recipientPublicKeys recipient id → RSA public key (X.509 SubjectPublicKeyInfo DER, at least 3072 bits)
     * @throws IllegalArgumentException if there is no recipient, or a key is not such a key
     */
    public static SealedEnvelope seal(InputStream plaintext, OutputStream ciphertext,
            Map<String, byte[]> recipientPublicKeys) throws IOException {
        if (recipientPublicKeys.isEmpty()) {
            throw new IllegalArgumentException("A sealed envelope needs at least one recipient");
        }
        byte[] dataKey = new byte[DATA_KEY_BYTES];
        RANDOM.nextBytes(dataKey);
        try {
            Map<String, byte[]> wrappedDataKeys = new LinkedHashMap<>();
            recipientPublicKeys.forEach((recipient, publicKey) ->
                    wrappedDataKeys.put(recipient, wrap(dataKey, recipientKey(recipient, publicKey))));
            SegmentedAesGcm.encrypt(plaintext, ciphertext, dataKey);
            return new SealedEnvelope(wrappedDataKeys);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * Decrypts {@code ciphertext} to {@code plaintext} with the data key wrapped for the holder of {@code privateKey}.
     *
     * @throws TamperedEnvelopeException if the wrapped key or the ciphertext fails authentication, or is not theirs
     */
    public static void open(InputStream ciphertext, OutputStream plaintext, byte[] wrappedDataKey,
            PrivateKey privateKey) throws IOException {
        byte[] dataKey = unwrapDataKey(wrappedDataKey, privateKey);
        try {
            open(ciphertext, plaintext, dataKey);
        } finally {
            Arrays.fill(dataKey, (byte) 0);
        }
    }

    /**
     * The 32-byte data key, for the service to keep under its own master key once the bids are opened; the caller
     * zeroes it after use.
     *
     * @throws TamperedEnvelopeException if the wrapped key was altered or wrapped for another key
     */
    public static byte[] unwrapDataKey(byte[] wrappedDataKey, PrivateKey privateKey) {
        try {
            byte[] dataKey = oaep(Cipher.DECRYPT_MODE, privateKey).doFinal(wrappedDataKey);
            if (dataKey.length != DATA_KEY_BYTES) {
                Arrays.fill(dataKey, (byte) 0);
                throw new TamperedEnvelopeException();
            }
            return dataKey;
        } catch (BadPaddingException | IllegalBlockSizeException notTheirs) {
            throw new TamperedEnvelopeException();
        }
    }

    /**
     * Decrypts {@code ciphertext} to {@code plaintext} with the unwrapped data key.
     *
     * @throws TamperedEnvelopeException if the ciphertext fails authentication or the key is not its own
     */
    public static void open(InputStream ciphertext, OutputStream plaintext, byte[] dataKey) throws IOException {
        if (dataKey.length != DATA_KEY_BYTES) {
            throw new IllegalArgumentException("A data key is " + DATA_KEY_BYTES + " bytes, not " + dataKey.length);
        }
        SegmentedAesGcm.decrypt(ciphertext, plaintext, dataKey);
    }

    private static RSAPublicKey recipientKey(String recipient, byte[] x509) {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(x509));
            if (key.getModulus().bitLength() < MIN_RECIPIENT_KEY_BITS) {
                throw new IllegalArgumentException("The key of " + recipient + " is shorter than "
                        + MIN_RECIPIENT_KEY_BITS + " bits");
            }
            return key;
        } catch (InvalidKeySpecException notRsa) {
            throw new IllegalArgumentException("The key of " + recipient + " is not an RSA public key", notRsa);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("RSA unavailable in this JDK", unavailable);
        }
    }

    private static byte[] wrap(byte[] dataKey, RSAPublicKey recipientKey) {
        try {
            return oaep(Cipher.ENCRYPT_MODE, recipientKey).doFinal(dataKey);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("RSA-OAEP refused a 32-byte key", impossible);
        }
    }

    private static Cipher oaep(int mode, Key key) {
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/OAEPPadding");
            rsa.init(mode, key, OAEP_SHA256, RANDOM);
            return rsa;
        } catch (InvalidKeyException notRsa) {
            throw new IllegalArgumentException("Not an RSA key: " + key.getAlgorithm(), notRsa);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("RSA-OAEP unavailable in this JDK", unavailable);
        }
    }
}
