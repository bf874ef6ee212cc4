package fr.mutualis.identity;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code mutualis.identity.*}: the issuer, the signing keys' protection and rotation, token lifetimes and the
 * registered clients.
 *
 * @param issuer                  {@code iss} of the tokens and base URL of the endpoints
 * @param keyEncryptionKey        base64 of the 32-byte AES key that encrypts the signing keys' private parts
 * @param keyRotation             age after which the active signing key is replaced
 * @param keyOverlap              how long a replaced key stays published in the JWKS
 * @param keyRotationCheck        cron of the rotation check (it also runs at start-up)
 * @param audience                added to the {@code aud} of every access token; resource servers require it
 * @param clients                 clients registered at start-up, by client id
 */
@ConfigurationProperties("mutualis.identity")
public record IdentityProperties(
        String issuer,
        String keyEncryptionKey,
        @DefaultValue("P30D") Duration keyRotation,
        @DefaultValue("P2D") Duration keyOverlap,
        @DefaultValue("0 0 3 * * *") String keyRotationCheck,
        @DefaultValue("mutualis") String audience,
        @DefaultValue("PT10M") Duration accessTokenTimeToLive,
        @DefaultValue("PT8H") Duration refreshTokenTimeToLive,
        Map<String, ClientProperties> clients) {

    public IdentityProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** Never shows the key-encryption key. */
    @Override
    public String toString() {
        return "IdentityProperties[issuer=" + issuer + ", keyEncryptionKey=***, keyRotation=" + keyRotation
                + ", keyOverlap=" + keyOverlap + ", audience=" + audience + ", clients=" + clients + "]";
    }
}
