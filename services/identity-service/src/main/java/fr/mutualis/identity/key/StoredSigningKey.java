package fr.mutualis.identity.key;

import java.time.Instant;

/** A row of {@code signing_key}: the public key in X.509 DER, the private key sealed by {@link KeyEncryption}. */
record StoredSigningKey(String kid, String algorithm, byte[] publicKey, byte[] sealedPrivateKey, Instant createdAt) {

    @Override
    public String toString() {
        return "StoredSigningKey[" + kid + ", " + algorithm + ", created " + createdAt + "]";
    }
}
