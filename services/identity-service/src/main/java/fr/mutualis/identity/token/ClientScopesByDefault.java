package fr.mutualis.identity.token;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * A client-credentials request without {@code scope} gets every scope of the client's registration (as Keycloak's
 * default scopes), instead of a token without any.
 */
public final class ClientScopesByDefault implements AuthenticationConverter {

    private final AuthenticationConverter delegate;

    public ClientScopesByDefault(AuthenticationConverter delegate) {
        this.delegate = delegate;
    }

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = delegate.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken token && token.getScopes().isEmpty()
                && token.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            RegisteredClient registered = client.getRegisteredClient();
            return new OAuth2ClientCredentialsAuthenticationToken(client, registered.getScopes(),
                    token.getAdditionalParameters());
        }
        return converted;
    }
}
