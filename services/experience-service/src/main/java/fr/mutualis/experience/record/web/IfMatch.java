package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ExpectedVersion;
import java.util.HashSet;
import java.util.Set;

/**
 * Reads the {@code If-Match} header of a change (RFC 9110 §13.1.1): the record's ETag is its version, e.g.
 * {@code "3"}. Weak tags never match (strong comparison); a tag that is not a version matches nothing; {@code *} and
 * a missing header allow any version. Unquoted versions ({@code 3}) are accepted for convenience.
 */
final class IfMatch {

    private IfMatch() {
    }

    static ExpectedVersion parse(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return ExpectedVersion.any();
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : header.split(",")) {
            String value = tag.strip();
            if (value.startsWith("W/")) {
                continue;
            }
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            try {
                versions.add(Long.parseLong(value));
            } catch (NumberFormatException notAVersion) {
                // matches no version
            }
        }
        return ExpectedVersion.oneOf(versions);
    }

    /** The ETag of a version, quoted. */
    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
