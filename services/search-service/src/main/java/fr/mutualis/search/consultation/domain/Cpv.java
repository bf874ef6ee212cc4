package fr.mutualis.search.consultation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The CPV 2008 codes, whose digits narrow from left to right (division, group, class, category…) and whose trailing
 * zeros mean "any": {@code 72000000} is the whole division 72, {@code 72260000} its class 7226.
 */
public final class Cpv {

    /** What a filter accepts: the beginning of a code (2 to 8 digits), or a whole code with its check digit. */
    public static final Pattern FILTER = Pattern.compile("[0-9]{2,8}|[0-9]{8}-[0-9]");
    private static final Pattern CODE = Pattern.compile("[0-9]{8}-[0-9]");

    private Cpv() {
    }

    /** The division, the first two digits: the facet's value. */
    public static String division(String code) {
        return code.substring(0, 2);
    }

    /**
     * The code and every level above it, by their significant digits: {@code 72267000-4} gives {@code 72},
     * {@code 722}, {@code 7226}, {@code 72267}. A filter on any of them finds it.
     */
    public static List<String> path(String code) {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a CPV code: '" + code + "'");
        }
        String significant = significant(code.substring(0, 8));
        List<String> path = new ArrayList<>();
        for (int length = 2; length <= significant.length(); length++) {
            path.add(significant.substring(0, length));
        }
        return List.copyOf(path);
    }

    /** The value of the path a filter names: {@code 72000000} and {@code 72} both give {@code 72}. */
    public static String prefix(String filter) {
        if (!FILTER.matcher(filter).matches()) {
            throw new IllegalArgumentException("Not a CPV filter: '" + filter + "'");
        }
        int dash = filter.indexOf('-');
        return significant(dash < 0 ? filter : filter.substring(0, dash));
    }

    /** Without the trailing zeros, which name no level, but never shorter than a division. */
    private static String significant(String digits) {
        int end = digits.length();
        while (end > 2 && digits.charAt(end - 1) == '0') {
            end--;
        }
        return digits.substring(0, end);
    }
}
