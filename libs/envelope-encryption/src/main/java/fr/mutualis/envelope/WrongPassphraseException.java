package fr.mutualis.envelope;

/**
 * The passphrase does not unseal the private key. A sealed key that was altered fails the same way: authenticated
 * encryption cannot tell the two apart, and a wrong passphrase is by far the likelier.
 */
public final class WrongPassphraseException extends EnvelopeEncryptionException {

    WrongPassphraseException() {
        super("wrong-passphrase", "La phrase de passe est incorrecte.");
    }
}
