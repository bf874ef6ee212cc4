package fr.mutualis.identity.user;

import java.util.List;
import java.util.UUID;

/**
 * A person who signs in, with the attributes ProConnect gives for a public agent.
 *
 * @param id       stable identifier, the {@code uid} claim
 * @param username the e-mail address typed on the sign-in page, lower case; the {@code sub} claim
 * @param siret    14 digits: the SIREN of the collectivité (first 9) and the establishment's NIC
 */
public record PlatformUser(UUID id, String username, String passwordHash, String givenName, String usualName,
                           String email, String siret, String organizationalUnit, String belongingPopulation,
                           List<Role> roles, boolean enabled) {

    public PlatformUser {
        roles = List.copyOf(roles);
    }

    /** The collectivité's SIREN. */
    public String siren() {
        return siret.substring(0, 9);
    }

    /** Never shows the password hash. */
    @Override
    public String toString() {
        return "PlatformUser[" + username + ", siret=" + siret + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
