package fr.mutualis.identity.token;

import fr.mutualis.identity.user.PlatformUser;
import fr.mutualis.identity.user.PlatformUserRepository;
import fr.mutualis.identity.user.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Component;

/**
 * The claims a person's tokens and userinfo carry: ProConnect's ({@code uid}, {@code given_name},
 * {@code usual_name}, {@code email}, {@code siret}, optional {@code organizational_unit} and
 * {@code belonging_population}) and the platform's {@code roles}. Read when a token is issued, so that a role
 * withdrawn or an account disabled takes effect at the next refresh.
 */
@Component
public class PlatformClaims {

    public static final String ROLES = "roles";

    private final PlatformUserRepository users;

    public PlatformClaims(PlatformUserRepository users) {
        this.users = users;
    }

    /** Fails with {@code invalid_grant} when the account no longer exists or is disabled. */
    public Map<String, Object> of(String username) {
        PlatformUser user = users.findByUsername(username)
                .filter(PlatformUser::enabled)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                        "Compte inconnu ou désactivé.", null)));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("uid", user.id().toString());
        claims.put("given_name", user.givenName());
        claims.put("usual_name", user.usualName());
        claims.put("email", user.email());
        claims.put("siret", user.siret());
        if (user.organizationalUnit() != null) {
            claims.put("organizational_unit", user.organizationalUnit());
        }
        if (user.belongingPopulation() != null) {
            claims.put("belonging_population", user.belongingPopulation());
        }
        // A mutable ArrayList: SAS stores the claims with the authorization, and its JSON allowlist refuses the
        // JDK's immutable lists when reading them back.
        claims.put(ROLES, user.roles().stream().map(Role::claimValue).collect(Collectors.toCollection(ArrayList::new)));
        return claims;
    }
}
