package fr.mutualis.identity;

import java.util.List;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One client of {@code mutualis.identity.clients.<client-id>}.
 *
 * @param name                   shown to people (consent, logs)
 * @param confidential           false for a public client (no secret; PKCE is then mandatory)
 * @param secret                 the clear secret of a confidential client, from the environment; only its hash is
 *                               stored
 * @param grantTypes             {@code authorization_code}, {@code refresh_token}, {@code client_credentials}
 * @param redirectUris           where the authorization code may be sent
 * @param postLogoutRedirectUris where RP-initiated logout may return
 * @param scopes                 scopes the client may ask for; a client-credentials request without {@code scope}
 *                               gets all of them
 * @param roles                  roles a machine client's tokens carry ({@code administrateur}, {@code dpo}, …)
 */
public record ClientProperties(
        String name,
        @DefaultValue("true") boolean confidential,
        String secret,
        List<String> grantTypes,
        List<String> redirectUris,
        List<String> postLogoutRedirectUris,
        List<String> scopes,
        List<String> roles) {

    public ClientProperties {
        grantTypes = grantTypes == null ? List.of() : List.copyOf(grantTypes);
        redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
        postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public boolean hasSecret() {
        return secret != null && !secret.isBlank();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "ClientProperties[name=" + name + ", confidential=" + confidential + ", secret=" + (hasSecret() ? "***" : "")
                + ", grantTypes=" + grantTypes + ", redirectUris=" + redirectUris + ", scopes=" + scopes + ", roles="
                + roles + "]";
    }
}
