package fr.mutualis.service.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles a token's {@code roles} claim may carry. A machine client holds the roles its registration grants it, as
 * a person does.
 */
public enum PlatformRole {
    /** Agent of a collectivité: its records, drafts and barometer. */
    AGENT,
    /** Élu of a collectivité: reads its drafts. */
    ELU,
    /** Syndicate administrator: referential, adhésions, integrators, webhook subscriptions. */
    ADMINISTRATEUR,
    /** Data protection officer: erasure of personal data. */
    DPO,
    /**
     * Representative of a company (opérateur économique) answering consultations: deposits bids in the name of the
     * company whose SIRET the token carries. Never a member's agent: a company account sees no member's data.
     */
    ENTREPRISE;

    /** The value in the token, e.g. {@code administrateur}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Spring Security authority, e.g. {@code ROLE_ADMINISTRATEUR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    static Optional<PlatformRole> fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value)).findFirst();
    }
}
