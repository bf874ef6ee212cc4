package fr.mutualis.envelope;

/** The passphrase chosen by a key holder does not follow {@link PassphrasePolicy}; the message states the rule. */
public final class WeakPassphraseException extends EnvelopeEncryptionException {

    WeakPassphraseException() {
        super("weak-passphrase", "La phrase de passe doit compter au moins " + PassphrasePolicy.MIN_LENGTH
                + " caractères et mêler au moins deux sortes de caractères parmi : minuscules, majuscules, chiffres,"
                + " autres signes (espace, ponctuation…).");
    }
}
