package fr.mutualis.envelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyHolderKeysTest {

    static final int FAST_ITERATIONS = 1_000;
    private static final char[] PASSPHRASE = "Ouverture des plis 2027".toCharArray();
    private static SealedKeyPair holder;

    @BeforeAll
    static void generateOnce() {
        holder = KeyHolderKeys.generate(PASSPHRASE, FAST_ITERATIONS);
    }

    @Test
    void theRightPassphraseUnsealsThePrivateKeyOfThePublicOne() throws Exception {
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new X509EncodedKeySpec(holder.publicKey()));
        PrivateKey privateKey = KeyHolderKeys.unseal(holder.sealedPrivateKey(), PASSPHRASE.clone());

        assertThat(publicKey.getModulus().bitLength()).isEqualTo(3072);
        assertThat(((RSAPrivateCrtKey) privateKey).getModulus()).isEqualTo(publicKey.getModulus());
    }

    @Test
    void sealsWithPbkdf2At600000IterationsByDefaultAndStatesItInTheBlob() {
        SealedKeyPair pair = KeyHolderKeys.generate(PASSPHRASE);
        byte[] sealed = pair.sealedPrivateKey();

        assertThat(sealed[0]).as("version").isEqualTo((byte) 1);
        assertThat(sealed[1]).as("kdf PBKDF2-HMAC-SHA256").isEqualTo((byte) 1);
        assertThat(ByteBuffer.wrap(sealed, 2, 4).getInt()).isEqualTo(600_000);
        assertThat(KeyHolderKeys.unseal(sealed, PASSPHRASE)).isNotNull();
    }

    @Test
    void aWrongPassphraseIsRefusedInFrench() {
        char[] wrong = "Ouverture des plis 2028".toCharArray();

        assertThatThrownBy(() -> KeyHolderKeys.unseal(holder.sealedPrivateKey(), wrong))
                .isInstanceOf(WrongPassphraseException.class)
                .hasMessage("La phrase de passe est incorrecte.")
                .extracting(e -> ((WrongPassphraseException) e).reason()).isEqualTo("wrong-passphrase");
    }

    @Test
    void theCallersPassphraseIsLeftForItToZero() {
        char[] passphrase = PASSPHRASE.clone();
        KeyHolderKeys.unseal(holder.sealedPrivateKey(), passphrase);

        assertThat(passphrase).isEqualTo(PASSPHRASE);
    }

    @Test
    void aPassphraseTypedDecomposedUnsealsWhatWasSealedPrecomposed() {
        SealedKeyPair pair = KeyHolderKeys.generate("clé de secours numéro 2".toCharArray(), FAST_ITERATIONS);

        char[] decomposed = "cle\u0301 de secours nume\u0301ro 2".toCharArray();

        assertThat(KeyHolderKeys.unseal(pair.sealedPrivateKey(), decomposed)).isNotNull();
    }

    /** Every byte position: version, kdf, iterations, salt, nonce, ciphertext start and end, tag. */
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 5, 6, 21, 22, 33, 34, 100, -17, -1})
    void aSealedKeyAlteredAnywhereIsRefused(int position) {
        byte[] altered = holder.sealedPrivateKey().clone();
        altered[Math.floorMod(position, altered.length)] ^= 0x01;

        assertThatThrownBy(() -> KeyHolderKeys.unseal(altered, PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aTruncatedSealedKeyIsRefused() {
        byte[] sealed = holder.sealedPrivateKey();

        assertThatThrownBy(() -> KeyHolderKeys.unseal(Arrays.copyOf(sealed, sealed.length - 1), PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> KeyHolderKeys.unseal(Arrays.copyOf(sealed, 34), PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
        assertThatThrownBy(() -> KeyHolderKeys.unseal(new byte[0], PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void aForgedIterationCountCannotKeepTheServerBusy() {
        byte[] forged = holder.sealedPrivateKey().clone();
        ByteBuffer.wrap(forged, 2, 4).putInt(Integer.MAX_VALUE);

        assertThatThrownBy(() -> KeyHolderKeys.unseal(forged, PASSPHRASE))
                .isInstanceOf(WrongPassphraseException.class);
    }

    @Test
    void twoKeyPairsSealedUnderTheSamePassphraseDiffer() {
        SealedKeyPair other = KeyHolderKeys.generate(PASSPHRASE, FAST_ITERATIONS);

        assertThat(other.publicKey()).isNotEqualTo(holder.publicKey());
        assertThat(Arrays.copyOfRange(other.sealedPrivateKey(), 6, 34))
                .as("salt and nonce").isNotEqualTo(Arrays.copyOfRange(holder.sealedPrivateKey(), 6, 34));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Court 2027!", "toutenminuscules", "TOUTENMAJUSCULES", "123456789012",
            "éléphantrosé"})
    void aWeakPassphraseIsRefusedWithTheRule(String passphrase) {
        assertThatThrownBy(() -> KeyHolderKeys.generate(passphrase.toCharArray()))
                .isInstanceOf(WeakPassphraseException.class)
                .hasMessage("La phrase de passe doit compter au moins 12 caractères et mêler au moins deux sortes"
                        + " de caractères parmi : minuscules, majuscules, chiffres, autres signes (espace,"
                        + " ponctuation…).");
    }

    @ParameterizedTest
    @ValueSource(strings = {"le chat dort sur le radiateur", "Marche2027voirie", "123456-789012"})
    void passphrasesOfTwoKindsOfCharactersAndTwelveOrMoreAreAccepted(String passphrase) {
        PassphrasePolicy.check(passphrase.toCharArray());
    }
}
