package fr.mutualis.integration.access.domain;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A software vendor or another syndicate reading the platform's public topics. Its name is its Kafka user name and
 * the prefix of its consumer groups.
 *
 * @param grants    public topics it may read
 * @param revokedAt when its access was revoked, or null
 */
public record Integrator(String name, String organisation, String contactEmail, List<String> grants,
                         Instant createdAt, Instant revokedAt) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{2,39}");

    public Integrator {
        grants = List.copyOf(grants);
    }

    /** Lowercase letters, digits and hyphens, 3 to 40, starting with a letter: safe as a Kafka principal and prefix. */
    public static boolean isValidName(String name) {
        return name != null && NAME.matcher(name).matches();
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public Integrator withGrants(List<String> topics) {
        return new Integrator(name, organisation, contactEmail, topics, createdAt, revokedAt);
    }

    public Integrator revokedAt(Instant when) {
        return new Integrator(name, organisation, contactEmail, List.of(), createdAt, when);
    }
}
