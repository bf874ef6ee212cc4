package fr.mutualis.envelope;

import static fr.mutualis.envelope.SegmentedAesGcm.HEADER_BYTES;
import static fr.mutualis.envelope.SegmentedAesGcm.SEGMENT_BYTES;
import static fr.mutualis.envelope.SegmentedAesGcm.TAG_BYTES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeEncryptionTest {

    private static final int SEALED_SEGMENT_BYTES = SEGMENT_BYTES + TAG_BYTES;
    private static final int MULTI_SEGMENT_BYTES = 3 * 1024 * 1024 + 17;
    private static final char[] PRINCIPAL_PASSPHRASE = "Ouverture des plis 2027".toCharArray();
    private static final char[] BACKUP_PASSPHRASE = "clé de secours numéro 2".toCharArray();

    private static SealedKeyPair principal;
    private static SealedKeyPair backup;
    private static Map<String, byte[]> holders;
    private static PrivateKey principalKey;
    private static PrivateKey backupKey;

    @BeforeAll
    static void generateKeyHolders() {
        principal = KeyHolderKeys.generate(PRINCIPAL_PASSPHRASE, KeyHolderKeysTest.FAST_ITERATIONS);
        backup = KeyHolderKeys.generate(BACKUP_PASSPHRASE, KeyHolderKeysTest.FAST_ITERATIONS);
        holders = Map.of("principal", principal.publicKey(), "backup", backup.publicKey());
        principalKey = KeyHolderKeys.unseal(principal.sealedPrivateKey(), PRINCIPAL_PASSPHRASE);
        backupKey = KeyHolderKeys.unseal(backup.sealedPrivateKey(), BACKUP_PASSPHRASE);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, SEGMENT_BYTES - 1, SEGMENT_BYTES, SEGMENT_BYTES + 1, 2 * SEGMENT_BYTES,
            MULTI_SEGMENT_BYTES})
    void eachKeyHolderOpensWhatWasSealed(int size) throws IOException {
        byte[] bid = randomBytes(size);
        Sealed sealed = seal(bid);

        int segments = Math.max(1, (size + SEGMENT_BYTES - 1) / SEGMENT_BYTES);
        assertThat(sealed.ciphertext()).hasSize(HEADER_BYTES + size + segments * TAG_BYTES);
        assertThat(sealed.envelope().wrappedDataKeys()).containsOnlyKeys("principal", "backup");
        assertThat(open(sealed.ciphertext(), sealed.wrappedFor("principal"), principalKey)).isEqualTo(bid);
        assertThat(open(sealed.ciphertext(), sealed.wrappedFor("backup"), backupKey)).isEqualTo(bid);
    }

    @Test
    void theHeaderStatesMagicVersionAndSegmentSize() throws IOException {
        byte[] ciphertext = seal(new byte[0]).ciphertext();

        assertThat(Arrays.copyOf(ciphertext, 9)).containsExactly('M', 'E', 'N', 'V', 1, 0, 1, 0, 0);
    }

    @Test
    void theServiceReopensWithTheUnwrappedDataKeyWithoutThePassphrase() throws IOException {
        byte[] bid = randomBytes(SEGMENT_BYTES * 2 + 5);
        Sealed sealed = seal(bid);

        byte[] dataKey = EnvelopeEncryption.unwrapDataKey(sealed.wrappedFor("principal"), principalKey);
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        EnvelopeEncryption.open(new ByteArrayInputStream(sealed.ciphertext()), plaintext, dataKey);

        assertThat(dataKey).hasSize(32)
                .isEqualTo(EnvelopeEncryption.unwrapDataKey(sealed.wrappedFor("backup"), backupKey));
        assertThat(plaintext.toByteArray()).isEqualTo(bid);
    }

    @Test
    void everySealUsesAFreshDataKeyAndNonces() throws IOException {
        byte[] bid = randomBytes(100);
        Sealed first = seal(bid);
        Sealed second = seal(bid);

        assertThat(second.ciphertext()).isNotEqualTo(first.ciphertext());
        byte[] firstKey = EnvelopeEncryption.unwrapDataKey(first.wrappedFor("principal"), principalKey);
        assertThat(EnvelopeEncryption.unwrapDataKey(second.wrappedFor("principal"), principalKey))
                .isNotEqualTo(firstKey);
        assertThatThrownBy(() -> EnvelopeEncryption.open(new ByteArrayInputStream(second.ciphertext()),
                new ByteArrayOutputStream(), firstKey)).isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void anotherHoldersPrivateKeyCannotOpen() throws IOException {
        Sealed sealed = seal(randomBytes(1000));

        assertThatThrownBy(() -> open(sealed.ciphertext(), sealed.wrappedFor("principal"), backupKey))
                .isInstanceOf(TamperedEnvelopeException.class)
                .hasMessage("Le pli chiffré est altéré ou incomplet, ou la clé utilisée n'est pas la sienne :"
                        + " il ne peut pas être ouvert.");
        SealedKeyPair stranger = KeyHolderKeys.generate("Une autre consultation 1".toCharArray(),
                KeyHolderKeysTest.FAST_ITERATIONS);
        PrivateKey strangerKey = KeyHolderKeys.unseal(stranger.sealedPrivateKey(),
                "Une autre consultation 1".toCharArray());
        assertThatThrownBy(() -> open(sealed.ciphertext(), sealed.wrappedFor("backup"), strangerKey))
                .isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void anAlteredWrappedDataKeyIsRefused() throws IOException {
        Sealed sealed = seal(randomBytes(10));
        byte[] altered = sealed.wrappedFor("principal").clone();
        altered[200] ^= 0x01;

        assertThatThrownBy(() -> open(sealed.ciphertext(), altered, principalKey))
                .isInstanceOf(TamperedEnvelopeException.class);
    }

    /** In the header (magic, segment size, nonce prefix), the first, a middle and the last segment, and a tag. */
    @ParameterizedTest
    @ValueSource(ints = {0, 6, 15, HEADER_BYTES, HEADER_BYTES + SEALED_SEGMENT_BYTES - 1,
            HEADER_BYTES + 20 * SEALED_SEGMENT_BYTES + 12345, -TAG_BYTES - 1, -1})
    void aFlippedBitAnywhereIsDetected(int position) throws IOException {
        Sealed sealed = seal(randomBytes(MULTI_SEGMENT_BYTES));
        byte[] altered = sealed.ciphertext().clone();
        altered[Math.floorMod(position, altered.length)] ^= 0x10;

        assertThatThrownBy(() -> open(altered, sealed.wrappedFor("principal"), principalKey))
                .isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void onlyAuthenticatedSegmentsReachTheOutput() throws IOException {
        byte[] bid = randomBytes(4 * SEGMENT_BYTES);
        Sealed sealed = seal(bid);
        byte[] altered = sealed.ciphertext().clone();
        altered[HEADER_BYTES + 2 * SEALED_SEGMENT_BYTES + 7] ^= 0x01;
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();

        assertThatThrownBy(() -> EnvelopeEncryption.open(new ByteArrayInputStream(altered), plaintext,
                sealed.wrappedFor("principal"), principalKey)).isInstanceOf(TamperedEnvelopeException.class);
        assertThat(plaintext.toByteArray()).isEqualTo(Arrays.copyOf(bid, 2 * SEGMENT_BYTES));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, TAG_BYTES, SEALED_SEGMENT_BYTES - 1, SEALED_SEGMENT_BYTES, SEALED_SEGMENT_BYTES + 1})
    void aTruncatedCiphertextIsDetected(int droppedBytes) throws IOException {
        // 3 full segments and a last one of 100 bytes: dropping 116 bytes ends the stream at a segment boundary.
        byte[] bid = randomBytes(3 * SEGMENT_BYTES + 100);
        Sealed sealed = seal(bid);
        byte[] ciphertext = sealed.ciphertext();

        assertThatThrownBy(() -> open(Arrays.copyOf(ciphertext, ciphertext.length - droppedBytes),
                sealed.wrappedFor("principal"), principalKey)).isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void aCiphertextCutAtASegmentBoundaryIsDetected() throws IOException {
        Sealed sealed = seal(randomBytes(3 * SEGMENT_BYTES));
        byte[] ciphertext = sealed.ciphertext();

        for (int segments = 0; segments < 3; segments++) {
            byte[] cut = Arrays.copyOf(ciphertext, HEADER_BYTES + segments * SEALED_SEGMENT_BYTES);
            assertThatThrownBy(() -> open(cut, sealed.wrappedFor("principal"), principalKey))
                    .isInstanceOf(TamperedEnvelopeException.class);
        }
        assertThatThrownBy(() -> open(Arrays.copyOf(ciphertext, 10), sealed.wrappedFor("principal"), principalKey))
                .as("cut in the header").isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void swappedSegmentsAreDetected() throws IOException {
        Sealed sealed = seal(randomBytes(3 * SEGMENT_BYTES));
        byte[] swapped = sealed.ciphertext().clone();
        System.arraycopy(sealed.ciphertext(), HEADER_BYTES, swapped, HEADER_BYTES + SEALED_SEGMENT_BYTES,
                SEALED_SEGMENT_BYTES);
        System.arraycopy(sealed.ciphertext(), HEADER_BYTES + SEALED_SEGMENT_BYTES, swapped, HEADER_BYTES,
                SEALED_SEGMENT_BYTES);

        assertThatThrownBy(() -> open(swapped, sealed.wrappedFor("principal"), principalKey))
                .isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void dataAppendedAfterTheLastSegmentIsDetected() throws IOException {
        Sealed sealed = seal(randomBytes(SEGMENT_BYTES + 10));
        byte[] ciphertext = sealed.ciphertext();
        byte[] oneMoreByte = Arrays.copyOf(ciphertext, ciphertext.length + 1);
        byte[] firstSegmentAgain = Arrays.copyOf(ciphertext, ciphertext.length + SEALED_SEGMENT_BYTES);
        System.arraycopy(ciphertext, HEADER_BYTES, firstSegmentAgain, ciphertext.length, SEALED_SEGMENT_BYTES);

        assertThatThrownBy(() -> open(oneMoreByte, sealed.wrappedFor("principal"), principalKey))
                .isInstanceOf(TamperedEnvelopeException.class);
        assertThatThrownBy(() -> open(firstSegmentAgain, sealed.wrappedFor("principal"), principalKey))
                .isInstanceOf(TamperedEnvelopeException.class);
    }

    @Test
    void noWindowOfThePlaintextAppearsInTheCiphertext() throws IOException {
        byte[] marker = "OFFRE-SCELLEE-MARQUEUR-32-OCTETS".getBytes(StandardCharsets.US_ASCII);
        byte[] bid = new byte[marker.length * 10_000];
        for (int offset = 0; offset < bid.length; offset += marker.length) {
            System.arraycopy(marker, 0, bid, offset, marker.length);
        }
        String ciphertext = new String(seal(bid).ciphertext(), StandardCharsets.ISO_8859_1);

        assertThat(marker).hasSize(32);
        for (int rotation = 0; rotation < marker.length; rotation++) {
            String window = new String(bid, rotation, marker.length, StandardCharsets.ISO_8859_1);
            assertThat(ciphertext).doesNotContain(window);
        }
    }

    @Test
    void recipientsMustBeGivenWithStrongRsaKeys() throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        byte[] weakKey = rsa.generateKeyPair().getPublic().getEncoded();

        assertThatThrownBy(() -> seal(Map.of(), new byte[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> seal(Map.of("principal", weakKey), new byte[1]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3072");
        assertThatThrownBy(() -> seal(Map.of("principal", new byte[] {1, 2, 3}), new byte[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private record Sealed(byte[] ciphertext, SealedEnvelope envelope) {

        byte[] wrappedFor(String holder) {
            return envelope.wrappedDataKeys().get(holder);
        }
    }

    private static Sealed seal(byte[] plaintext) throws IOException {
        return seal(holders, plaintext);
    }

    private static Sealed seal(Map<String, byte[]> recipients, byte[] plaintext) throws IOException {
        ByteArrayOutputStream ciphertext = new ByteArrayOutputStream();
        SealedEnvelope envelope = EnvelopeEncryption.seal(new ByteArrayInputStream(plaintext), ciphertext, recipients);
        return new Sealed(ciphertext.toByteArray(), envelope);
    }

    private static byte[] open(byte[] ciphertext, byte[] wrappedDataKey, PrivateKey privateKey) throws IOException {
        ByteArrayOutputStream plaintext = new ByteArrayOutputStream();
        EnvelopeEncryption.open(new ByteArrayInputStream(ciphertext), plaintext, wrappedDataKey, privateKey);
        return plaintext.toByteArray();
    }

    private static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return bytes;
    }
}
