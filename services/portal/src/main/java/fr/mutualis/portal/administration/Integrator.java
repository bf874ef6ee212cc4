package fr.mutualis.portal.administration;

import java.util.List;

/**
 * An integrator as {@code GET /api/integrators} shows it.
 *
 * @param grants    the public topics it may read
 * @param createdAt ISO instant
 * @param revokedAt ISO instant, {@code null} while its access is active
 */
record Integrator(String name, String organisation, String contactEmail, List<String> grants, String createdAt,
                  String revokedAt) {

    /** The Kafka credentials the API returns once, at creation and at rotation. */
    record Credentials(String username, String password, String mechanism, String securityProtocol) {
    }

    public boolean active() {
        return revokedAt == null;
    }
}
