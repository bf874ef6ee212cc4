package fr.mutualis.service.security;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The OpenID Connect issuer a service trusts: the platform's identity service by default, ProConnect or a syndicate's
 * Keycloak by configuration alone.
 *
 * @param issuerUri  {@code iss} of the accepted tokens; its discovery document gives the signing keys
 * @param jwkSetUri  the signing keys' address when it is not the one the discovery document gives
 * @param audience   a value the token's {@code aud} must contain
 */
@ConfigurationProperties("mutualis.security")
public record PlatformSecurityProperties(URI issuerUri, URI jwkSetUri, String audience) {

    public PlatformSecurityProperties {
        if (issuerUri == null) {
            throw new IllegalStateException("mutualis.security.issuer-uri is required: the OpenID Connect issuer whose "
                    + "tokens this service accepts");
        }
        audience = audience == null || audience.isBlank() ? "mutualis" : audience;
    }
}
