package fr.mutualis.procurement.cpv;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A code of the CPV 2008 nomenclature in its canonical form, eight digits, a dash and the check digit
 * ({@code 72000000-5}), with its French label.
 */
public record CpvCode(String code, String label) {

    private static final Pattern CANONICAL = Pattern.compile("[0-9]{8}-[0-9]");

    public CpvCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
        if (!CANONICAL.matcher(code).matches()) {
            throw new IllegalArgumentException("not a canonical CPV code (8 digits, dash, check digit): " + code);
        }
    }

    /** The eight digits without the check digit: the form the DECP format recommends ({@code 72000000}). */
    public String digits() {
        return code.substring(0, 8);
    }

    /** The division, the first level of the nomenclature: {@code 72} for {@code 72212000-4}. */
    public String division() {
        return code.substring(0, 2);
    }

    @Override
    public String toString() {
        return code + " " + label;
    }
}
