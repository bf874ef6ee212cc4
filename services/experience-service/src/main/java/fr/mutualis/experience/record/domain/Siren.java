package fr.mutualis.experience.record.domain;

import fr.mutualis.identifiers.InseeIdentifiers;
import java.util.Objects;

/**
 * SIREN of a collectivité, an EPCI or a syndicate: the 9-digit number INSEE gives every legal entity in its
 * répertoire SIRENE. The last digit is a Luhn check key computed over the first eight, checked as every service checks
 * it ({@link InseeIdentifiers}).
 */
public final class Siren {

    public static final int LENGTH = InseeIdentifiers.SIREN_LENGTH;

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
        if (!InseeIdentifiers.hasDigits(digits, LENGTH)) {
            throw new InvalidSirenException(text, "a SIREN has exactly 9 digits");
        }
        if (!InseeIdentifiers.isSiren(digits)) {
            throw new InvalidSirenException(text, "the Luhn check key of the SIREN is wrong");
        }
        return new Siren(digits);
    }

    /** Whether {@link #of(String)} accepts the text. */
    public static boolean isValid(String text) {
        String digits = normalize(text);
        return InseeIdentifiers.isSiren(digits);
    }

    /** The 9 digits, without spaces. */
    public String value() {
        return value;
    }

    private static String normalize(String text) {
        return text == null ? "" : InseeIdentifiers.digitsOf(text);
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
