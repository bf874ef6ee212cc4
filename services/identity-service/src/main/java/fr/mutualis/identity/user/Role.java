package fr.mutualis.identity.user;

import java.util.Arrays;
import java.util.Locale;

/** The roles a token's {@code roles} claim carries; resource servers map them to ROLE_AGENT, ROLE_ELU… */
public enum Role {
    AGENT,
    ELU,
    ADMINISTRATEUR,
    DPO,
    ENTREPRISE;

    /** The value in tokens and in the database, e.g. {@code administrateur}. */
    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public static Role fromClaim(String value) {
        return Arrays.stream(values()).filter(role -> role.claimValue().equals(value.trim())).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown role '" + value + "', known: "
                        + Arrays.stream(values()).map(Role::claimValue).toList()));
    }
}
