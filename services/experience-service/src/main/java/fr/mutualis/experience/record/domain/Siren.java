package fr.mutualis.experience.record.domain;

import java.util.Objects;

/**
 * SIREN of a collectivité, an EPCI or a syndicate: the 9-digit number INSEE gives every legal entity in its
 * répertoire SIRENE. The last digit is a Luhn check key computed over the first eight.
 *
 * <p>La Poste (SIREN {@code 356000000}) is famous for not following the Luhn rule, but only for its SIRET numbers
 * (SIREN + 5-digit establishment number): there are too many establishments for Luhn keys to be given, so INSEE checks
 * them with another rule (the sum of the 14 digits is a multiple of 5). Its SIREN {@code 356000000} itself is a
 * valid Luhn number, so no exception is needed at the SIREN level; {@code SirenTest} proves it.
 */
public final class Siren {

    public static final int LENGTH = 9;

    private final String value;

    private Siren(String value) {
        this.value = value;
    }

    /**
     * Parses a SIREN written with 9 digits; the spaces of the usual "223 300 019" layout are accepted and dropped.
     *
     * @throws InvalidSirenException if the text is not 9 digits or its Luhn key is wrong
     */
    public static Siren of(String text) {
        String digits = normalize(text);
        if (!hasNineDigits(digits)) {
            throw new InvalidSirenException(text, "a SIREN has exactly 9 digits");
        }
        if (!luhnValid(digits)) {
            throw new InvalidSirenException(text, "the Luhn check key of the SIREN is wrong");
        }
        return new Siren(digits);
    }

    /** Whether {@link #of(String)} accepts the text. */
    public static boolean isValid(String text) {
        String digits = normalize(text);
        return hasNineDigits(digits) && luhnValid(digits);
    }

    /** The 9 digits, without spaces. */
    public String value() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? "" : text.replace(" ", "");
    }

    private static boolean hasNineDigits(String digits) {
        if (digits.length() != LENGTH) {
            return false;
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Luhn: from the right, every second digit is doubled (minus 9 above 9); the sum must be a multiple of 10. */
    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Siren siren && siren.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
