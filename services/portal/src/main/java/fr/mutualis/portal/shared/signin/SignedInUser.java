package fr.mutualis.portal.shared.signin;

import fr.mutualis.service.security.PlatformRole;
import fr.mutualis.service.security.PlatformUser;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Who is signed in to the portal, as the provider's ID token says (the same claims as the access token). */
public final class SignedInUser {

    private SignedInUser() {
    }

    /** The user of the current request, empty when nobody is signed in. */
    public static Optional<PlatformUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof OidcUser user
                ? Optional.of(PlatformUser.of(user.getClaims())) : Optional.empty();
    }

    /** The signed-in user's collectivité, for pages of « ma collectivité ». */
    public static Optional<String> siren() {
        return current().flatMap(PlatformUser::siren);
    }

    public static boolean has(PlatformRole role) {
        return current().map(user -> user.has(role)).orElse(false);
    }
}
