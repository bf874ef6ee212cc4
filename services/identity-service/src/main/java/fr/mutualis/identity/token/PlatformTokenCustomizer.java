package fr.mutualis.identity.token;

import fr.mutualis.identity.IdentityProperties;
import fr.mutualis.identity.client.PlatformClients;
import fr.mutualis.identity.key.SigningKeys;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * The token contract resource servers rely on. Access tokens: {@code aud} also holds the platform audience
 * ({@code mutualis}); a person's carry the ProConnect claims and {@code roles}, a machine client's the {@code roles}
 * its registration grants. ID tokens carry the person's claims too. Every token names the active key's kid, since
 * the JWKS may hold several keys.
 */
@Component
class PlatformTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final PlatformClaims claims;
    private final SigningKeys keys;
    private final String audience;

    PlatformTokenCustomizer(PlatformClaims claims, SigningKeys keys, IdentityProperties properties) {
        this.claims = claims;
        this.keys = keys;
        this.audience = properties.audience();
    }

    @Override
    public void customize(JwtEncodingContext context) {
        context.getJwsHeader().keyId(keys.activeKeyId());
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (accessToken) {
            context.getClaims().claims(existing -> existing.put(JwtClaimNames.AUD,
                    withPlatformAudience(existing.get(JwtClaimNames.AUD))));
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            List<String> roles = PlatformClients.roles(context.getRegisteredClient());
            if (accessToken && !roles.isEmpty()) {
                context.getClaims().claim(PlatformClaims.ROLES, roles);
            }
            return;
        }
        context.getClaims().claims(existing -> existing.putAll(claims.of(context.getPrincipal().getName())));
    }

    private List<String> withPlatformAudience(Object current) {
        List<String> audiences = new ArrayList<>();
        if (current instanceof Collection<?> values) {
            values.forEach(value -> audiences.add(value.toString()));
        } else if (current != null) {
            audiences.add(current.toString());
        }
        if (!audiences.contains(audience)) {
            audiences.add(audience);
        }
        return audiences;
    }
}
