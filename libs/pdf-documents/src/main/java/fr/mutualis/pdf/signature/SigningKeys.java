package fr.mutualis.pdf.signature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Optional;

import eu.europa.esig.dss.token.KSPrivateKeyEntry;
import eu.europa.esig.dss.token.Pkcs12SignatureToken;

/**
 * The signing keys of a PKCS#12 file (the demo signers' {@code demo-signers.p12}), held in memory until closed.
 * The password protects the file and every entry, as {@code DemoCertificateAuthority} writes them; it is copied
 * into the token and never logged.
 */
public final class SigningKeys implements AutoCloseable {

    private final Pkcs12SignatureToken token;

    private SigningKeys(Pkcs12SignatureToken token) {
        this.token = token;
    }

    /** Opens a PKCS#12 file; fails when it is missing or the password does not open it. */
    public static SigningKeys fromPkcs12(Path file, char[] password) {
        try {
            byte[] content = Files.readAllBytes(file);
            return new SigningKeys(new Pkcs12SignatureToken(content, new KeyStore.PasswordProtection(password)));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the key store " + file, e);
        } catch (RuntimeException e) {
            // DSS wraps a wrong password and a corrupt file alike; the password is not in the message.
            throw new IllegalStateException("Cannot open the key store " + file, e);
        }
    }

    /** The private key entry named {@code alias}, empty when the file has none. */
    public Optional<SigningKey> forAlias(String alias) {
        return token.getKeys().stream()
                .filter(entry -> entry instanceof KSPrivateKeyEntry keyStoreEntry
                        && keyStoreEntry.getAlias().equals(alias))
                .findFirst()
                .map(entry -> new SigningKey(alias, token, entry));
    }

    /** Erases the keys from memory as far as the token allows; keys obtained before are then unusable. */
    @Override
    public void close() {
        token.close();
    }
}
