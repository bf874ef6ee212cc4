package fr.mutualis.service.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who signed in, as the token says: the ProConnect identity claims, the platform's roles, and the collectivité, whose
 * SIREN is the first nine digits of the {@code siret} claim.
 *
 * @param subject  the token's {@code sub}: the person's identifier at the issuer, or the machine client's id
 * @param siret    the establishment of the person, absent for a machine client
 * @param client   the OpenID Connect client the token was issued to ({@code azp}, or {@code client_id})
 */
public record PlatformUser(String subject, String uid, String givenName, String usualName, String email, String siret,
                           Set<PlatformRole> roles, String client) {

    public static final String ROLES_CLAIM = "roles";
    public static final String SIRET_CLAIM = "siret";

    public PlatformUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** The user a verified token describes; unknown roles are ignored. */
    public static PlatformUser of(Jwt jwt) {
        return of(jwt.getClaims());
    }

    /**
     * The user whose verified claims these are, from an access token or, in a client such as the portal, from an ID
     * token (which carries the same claims); unknown roles are ignored.
     */
    public static PlatformUser of(Map<String, Object> claims) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        Object claim = claims.get(ROLES_CLAIM);
        Collection<?> values = claim instanceof Collection<?> collection ? collection
                : claim instanceof String single ? List.of(single) : List.of();
        values.forEach(value -> PlatformRole.fromClaim(String.valueOf(value)).ifPresent(roles::add));
        return new PlatformUser(text(claims, "sub"), text(claims, "uid"), text(claims, "given_name"),
                text(claims, "usual_name"), text(claims, "email"), text(claims, SIRET_CLAIM), roles,
                claims.containsKey("azp") ? text(claims, "azp") : text(claims, "client_id"));
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? null : value.toString();
    }

    /** The user of the current request, empty when it is anonymous or not a request. */
    public static Optional<PlatformUser> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token
                ? Optional.of(of(token.getToken())) : Optional.empty();
    }

    /** The SIREN of the user's collectivité: the first nine digits of a well-formed SIRET. */
    public Optional<String> siren() {
        return siret != null && siret.matches("[0-9]{14}") ? Optional.of(siret.substring(0, 9)) : Optional.empty();
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    /** An agent or élu whose collectivité is {@code siren}. */
    public boolean belongsTo(String siren) {
        return (has(PlatformRole.AGENT) || has(PlatformRole.ELU)) && siren().map(siren::equals).orElse(false);
    }
}
