package fr.mutualis.envelope;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM over a stream cut into segments, in constant memory, after Tink's streaming AEAD
 * ({@code AesGcmHkdfStreaming}) without its per-stream key derivation: every stream here has a fresh data key.
 *
 * <p>Format, version 1, integers big-endian:
 * <pre>
 * header   : magic "MENV" (4) | version (1) = 1 | plaintext segment size (4) = 65536 | nonce prefix (7, random)
 * segments : AES-256-GCM ciphertext of each segment, tag (16) included; every segment holds exactly segment-size
 *            plaintext bytes except the last, which holds 0 to segment-size (an empty file is one empty last segment)
 * </pre>
 * Segment {@code i} is encrypted with the nonce {@code prefix (7) | i (4) | last (1)} and the additional data
 * {@code header (16) | i (4) | last (1)}, {@code last} being 1 on the last segment and 0 elsewhere. A segment moved
 * elsewhere fails its tag, and so does a stream cut at a segment boundary (its new end was not sealed as last) or
 * extended after its end (the old last segment is no longer read as last).
 */
final class SegmentedAesGcm {

    static final int SEGMENT_BYTES = 64 * 1024;
    static final int HEADER_BYTES = 16;
    static final int TAG_BYTES = 16;
    private static final byte[] MAGIC = {'M', 'E', 'N', 'V'};
    private static final byte VERSION = 1;
    private static final int NONCE_PREFIX_BYTES = 7;
    // Read from the header before anything is authenticated: bounded so that a forged one cannot exhaust memory.
    private static final int MIN_SEGMENT_BYTES = 1024;
    private static final int MAX_SEGMENT_BYTES = 1024 * 1024;
    // The nonce holds the index in 4 bytes: one more segment would reuse a nonce.
    private static final long MAX_SEGMENTS = 1L << 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Cipher aes;
    private final SecretKeySpec key;
    private final byte[] header;

    private SegmentedAesGcm(byte[] dataKey, byte[] header) {
        try {
            this.aes = Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("AES-GCM unavailable in this JDK", unavailable);
        }
        this.key = new SecretKeySpec(dataKey, "AES");
        this.header = header;
    }

    static void encrypt(InputStream plaintext, OutputStream ciphertext, byte[] dataKey) throws IOException {
        byte[] noncePrefix = new byte[NONCE_PREFIX_BYTES];
        RANDOM.nextBytes(noncePrefix);
        byte[] header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).put(VERSION).putInt(SEGMENT_BYTES)
                .put(noncePrefix).array();
        SegmentedAesGcm segments = new SegmentedAesGcm(dataKey, header);
        ciphertext.write(header);
        // One byte read past a full segment tells whether more follows, so the last segment is known when sealed.
        byte[] buffer = new byte[SEGMENT_BYTES + 1];
        byte[] sealed = new byte[SEGMENT_BYTES + TAG_BYTES];
        int filled = plaintext.readNBytes(buffer, 0, buffer.length);
        long index = 0;
        while (filled > SEGMENT_BYTES) {
            int written = segments.crypt(Cipher.ENCRYPT_MODE, index++, false, buffer, SEGMENT_BYTES, sealed);
            ciphertext.write(sealed, 0, written);
            buffer[0] = buffer[SEGMENT_BYTES];
            filled = 1 + plaintext.readNBytes(buffer, 1, SEGMENT_BYTES);
        }
        ciphertext.write(sealed, 0, segments.crypt(Cipher.ENCRYPT_MODE, index, true, buffer, filled, sealed));
        Arrays.fill(buffer, (byte) 0);
    }

    /** Writes each segment's plaintext only once its tag is verified; throws at the first one that fails. */
    static void decrypt(InputStream ciphertext, OutputStream plaintext, byte[] dataKey) throws IOException {
        byte[] header = ciphertext.readNBytes(HEADER_BYTES);
        int segmentBytes = segmentBytesOf(header);
        SegmentedAesGcm segments = new SegmentedAesGcm(dataKey, header);
        int sealedSegmentBytes = segmentBytes + TAG_BYTES;
        byte[] buffer = new byte[sealedSegmentBytes + 1];
        byte[] opened = new byte[segmentBytes];
        int filled = ciphertext.readNBytes(buffer, 0, buffer.length);
        long index = 0;
        while (filled > sealedSegmentBytes) {
            int authenticated = segments.crypt(Cipher.DECRYPT_MODE, index++, false, buffer, sealedSegmentBytes, opened);
            plaintext.write(opened, 0, authenticated);
            buffer[0] = buffer[sealedSegmentBytes];
            filled = 1 + ciphertext.readNBytes(buffer, 1, sealedSegmentBytes);
        }
        if (filled < TAG_BYTES) {
            throw new TamperedEnvelopeException();
        }
        plaintext.write(opened, 0, segments.crypt(Cipher.DECRYPT_MODE, index, true, buffer, filled, opened));
        Arrays.fill(opened, (byte) 0);
    }

    private static int segmentBytesOf(byte[] header) {
        if (header.length < HEADER_BYTES || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
                || header[MAGIC.length] != VERSION) {
            throw new TamperedEnvelopeException();
        }
        int segmentBytes = ByteBuffer.wrap(header, MAGIC.length + 1, 4).getInt();
        if (segmentBytes < MIN_SEGMENT_BYTES || segmentBytes > MAX_SEGMENT_BYTES) {
            throw new TamperedEnvelopeException();
        }
        return segmentBytes;
    }

    private int crypt(int mode, long index, boolean last, byte[] input, int length, byte[] output) {
        if (index >= MAX_SEGMENTS) {
            throw new IllegalStateException("Stream too long for one envelope: " + index + " segments");
        }
        byte[] position = ByteBuffer.allocate(5).putInt((int) index).put((byte) (last ? 1 : 0)).array();
        byte[] nonce = ByteBuffer.allocate(12).put(header, HEADER_BYTES - NONCE_PREFIX_BYTES, NONCE_PREFIX_BYTES)
                .put(position).array();
        try {
            aes.init(mode, key, new GCMParameterSpec(TAG_BYTES * 8, nonce));
            aes.updateAAD(header);
            aes.updateAAD(position);
            return aes.doFinal(input, 0, length, output, 0);
        } catch (AEADBadTagException altered) {
            throw new TamperedEnvelopeException();
        } catch (GeneralSecurityException misuse) {
            throw new IllegalStateException("AES-GCM refused a segment", misuse);
        }
    }
}
