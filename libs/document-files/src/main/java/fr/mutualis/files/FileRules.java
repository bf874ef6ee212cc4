package fr.mutualis.files;

import java.util.Locale;
import java.util.Set;

/**
 * What one kind of upload accepts: a size limit and the media types its content may have (base types, e.g.
 * {@code application/pdf}, compared with the type detected from the content, never with the name or the declared
 * type).
 *
 * @param maxBytes          the largest accepted size, in bytes; reading stops as soon as it is passed
 * @param allowedMediaTypes the accepted media types, lower case, without parameters
 */
public record FileRules(long maxBytes, Set<String> allowedMediaTypes) {

    public static final String PDF = "application/pdf";
    private static final long MIB = 1024L * 1024L;

    public FileRules {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        if (allowedMediaTypes == null || allowedMediaTypes.isEmpty()) {
            throw new IllegalArgumentException("at least one allowed media type is needed");
        }
        allowedMediaTypes = Set.copyOf(allowedMediaTypes.stream().map(type -> type.trim().toLowerCase(Locale.ROOT)).toList());
    }

    /** PDF documents only, up to {@code maxBytes}. */
    public static FileRules pdf(long maxBytes) {
        return new FileRules(maxBytes, Set.of(PDF));
    }

    public static FileRules of(long maxBytes, String... allowedMediaTypes) {
        return new FileRules(maxBytes, Set.of(allowedMediaTypes));
    }

    /** {@code megabytes} MiB in bytes, as the limits are told to people ("150 Mo"). */
    public static long megabytes(long megabytes) {
        return Math.multiplyExact(megabytes, MIB);
    }

    /** "150 Mo", "512 Ko", "1000 octets". */
    static String describeSize(long bytes) {
        if (bytes % MIB == 0) {
            return bytes / MIB + " Mo";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " Ko";
        }
        return bytes + " octets";
    }
}
