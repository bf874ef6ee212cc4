package fr.mutualis.envelope;

import java.nio.CharBuffer;

/**
 * What a key holder's passphrase must be. Anyone holding a database dump can guess passphrases offline, each guess
 * costing one PBKDF2 run: length is what makes that search long, and mixing two kinds of characters rules out the
 * commonest choices (a word, a date). Long passphrases of ordinary words ("le chat dort sur le radiateur") pass.
 */
public final class PassphrasePolicy {

    static final int MIN_LENGTH = 12;
    private static final int MIN_KINDS = 2;

    private PassphrasePolicy() {
    }

    /**
     * Refuses a passphrase of fewer than 12 characters, or of one kind of characters only (lower case, upper case,
     * digits, others such as spaces and punctuation).
     *
     * @throws WeakPassphraseException whose message states the rule
     */
    public static void check(char[] passphrase) {
        CharBuffer characters = CharBuffer.wrap(passphrase);
        if (characters.codePoints().count() < MIN_LENGTH
                || characters.codePoints().map(PassphrasePolicy::kindOf).distinct().count() < MIN_KINDS) {
            throw new WeakPassphraseException();
        }
    }

    private static int kindOf(int codePoint) {
        if (Character.isLowerCase(codePoint)) {
            return 0;
        }
        if (Character.isUpperCase(codePoint)) {
            return 1;
        }
        return Character.isDigit(codePoint) ? 2 : 3;
    }
}
