package fr.mutualis.envelope;

/**
 * A key holder's key pair as the platform stores it: both parts are safe to keep in the database, the private key
 * being readable only with the holder's passphrase.
 *
 * @param publicKey        the RSA public key, X.509 SubjectPublicKeyInfo DER, given to {@link EnvelopeEncryption#seal}
 * @param sealedPrivateKey the PKCS#8 private key sealed under the passphrase, in the format of {@link KeyHolderKeys}
 */
public record SealedKeyPair(byte[] publicKey, byte[] sealedPrivateKey) {
}
