package fr.mutualis.identity.user;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** What an account is created or updated from; the password is hashed before it is stored. */
public record NewUser(String username, String givenName, String usualName, String email, String siret,
                      String organizationalUnit, String belongingPopulation, List<Role> roles) {

    public NewUser {
        username = Objects.requireNonNull(username, "username").trim().toLowerCase(Locale.ROOT);
        if (siret == null || !siret.matches("\\d{14}")) {
            throw new IllegalArgumentException("SIRET of " + username + " must have 14 digits: " + siret);
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException(username + " needs at least one role");
        }
        roles = List.copyOf(roles);
    }
}
