package fr.mutualis.envelope;

/**
 * A sealed file or its wrapped data key failed authentication: altered, truncated, extended, reordered, or opened
 * with a key that is not its own. Whatever was already written for earlier segments must be discarded.
 */
public final class TamperedEnvelopeException extends EnvelopeEncryptionException {

    TamperedEnvelopeException() {
        super("tampered-envelope", "Le pli chiffré est altéré ou incomplet, ou la clé utilisée n'est pas la sienne :"
                + " il ne peut pas être ouvert.");
    }
}
