package fr.mutualis.experience.record.domain;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** The guards the record's value objects share; each names the API field at fault. */
final class Texts {

    private Texts() {
    }

    /** The text stripped, or null if absent or blank. */
    static String optional(String text, String field, int maxLength) {
        String stripped = text == null ? null : text.strip();
        if (stripped == null || stripped.isEmpty()) {
            return null;
        }
        if (stripped.length() > maxLength) {
            throw new ExperienceRecordRuleException(field, field + " must have at most " + maxLength + " characters");
        }
        if (!storable(stripped)) {
            throw new UnreadableTextException(field);
        }
        return stripped;
    }

    /** The text stripped; it must be there. */
    static String required(String text, String field, int maxLength) {
        String stripped = optional(text, field, maxLength);
        if (stripped == null) {
            throw new ExperienceRecordRuleException(field, field + " is required");
        }
        return stripped;
    }

    /**
     * An absolute http(s) address, or null if absent. In ASCII, without brackets in its query: what the event
     * contract's {@code uri} format accepts, so that the record can be published.
     */
    static String webAddress(String text, String field) {
        String address = optional(text, field, 2000);
        if (address == null) {
            return null;
        }
        try {
            URI uri = new URI(address);
            if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && address.chars().allMatch(c -> c < 127)
                    && (uri.getRawQuery() == null || uri.getRawQuery().chars().noneMatch(c -> c == '[' || c == ']'))) {
                return address;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new ExperienceRecordRuleException(field, field + " must be an http(s) address");
    }

    /** An unmodifiable copy, empty if absent, refusing null elements and lists longer than {@code maxSize}. */
    static <T> List<T> list(List<T> values, String field, int maxSize) {
        if (values == null) {
            return List.of();
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new ExperienceRecordRuleException(field, field + " must not hold empty entries");
        }
        if (values.size() > maxSize) {
            throw new ExperienceRecordRuleException(field, field + " must hold at most " + maxSize + " entries");
        }
        return List.copyOf(values);
    }

    /**
     * Neither NUL, which PostgreSQL's text and jsonb cannot hold, nor half of a UTF-16 surrogate pair, which has no
     * UTF-8 form for the event.
     */
    private static boolean storable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
