package fr.mutualis.identifiers;

/**
 * The numbers that INSEE gives in its répertoire SIRENE: the SIREN of a legal entity (9 digits) and the SIRET of one
 * of its establishments (the SIREN and 5 more digits). Both end with a Luhn check key, which catches a mistyped digit
 * and most swapped neighbours.
 *
 * <p>La Poste (SIREN {@code 356000000}, itself a valid Luhn number) has too many establishments for Luhn keys: INSEE
 * checks its SIRETs by another rule, the sum of the 14 digits is a multiple of 5, except its head office's.
 */
public final class InseeIdentifiers {

    public static final int SIREN_LENGTH = 9;
    public static final int SIRET_LENGTH = 14;
    private static final String LA_POSTE = "356000000";
    private static final String LA_POSTE_HEAD_OFFICE = "35600000000048";

    private InseeIdentifiers() {
    }

    /**
     * A SIREN or a SIRET as people write it, without the spaces of its usual layout (« 223 300 019 »): the form every
     * service checks, stores and looks up. {@code null} stays {@code null}.
     */
    public static String digitsOf(String written) {
        return written == null ? null : written.replace(" ", "");
    }

    /** Whether {@code digits} is a SIREN: exactly 9 digits, the last the Luhn key of the others. */
    public static boolean isSiren(String digits) {
        return hasDigits(digits, SIREN_LENGTH) && hasLuhnKey(digits);
    }

    /** Whether {@code digits} is a SIRET: exactly 14 digits, with a Luhn key or La Poste's rule. */
    public static boolean isSiret(String digits) {
        if (!hasDigits(digits, SIRET_LENGTH)) {
            return false;
        }
        if (digits.startsWith(LA_POSTE) && !digits.equals(LA_POSTE_HEAD_OFFICE)) {
            return digits.chars().map(digit -> digit - '0').sum() % 5 == 0;
        }
        return hasLuhnKey(digits);
    }

    /** Whether {@code digits} has exactly {@code length} characters, all of them ASCII digits. */
    public static boolean hasDigits(String digits, int length) {
        return digits != null && digits.length() == length && digits.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** The SIREN whose first eight digits are {@code firstEight}: they followed by their Luhn key. */
    public static String sirenWithKey(String firstEight) {
        if (!hasDigits(firstEight, SIREN_LENGTH - 1)) {
            throw new IllegalArgumentException("Eight digits expected: " + firstEight);
        }
        int key = (10 - luhnSum(firstEight + "0") % 10) % 10;
        return firstEight + key;
    }

    /** Luhn: from the right, every second digit is doubled (minus 9 above 9); the sum is a multiple of 10. */
    static boolean hasLuhnKey(String digits) {
        return luhnSum(digits) % 10 == 0;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
            int digit = digits.charAt(digits.length() - 1 - fromRight) - '0';
            if (fromRight % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum;
    }
}
