package fr.mutualis.identity.token;

import java.util.function.Function;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.stereotype.Component;

/** The userinfo endpoint's answer: {@code sub} and the same claims as the tokens, read now. */
@Component
public class PlatformUserInfo implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {

    private final PlatformClaims claims;

    PlatformUserInfo(PlatformClaims claims) {
        this.claims = claims;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        return OidcUserInfo.builder()
                .subject(username)
                .claims(map -> map.putAll(claims.of(username)))
                .build();
    }
}
