package fr.mutualis.prefecture.tiers;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The tiers de télétransmission allowed to transmit, by login: {@code mutualis.prefecture.tiers.<login>.password-hash}
 * (bcrypt) or {@code mutualis.prefecture.tiers.<login>.password} (in clear, hashed at start-up, never logged).
 */
@ConfigurationProperties("mutualis.prefecture")
public record TiersProperties(Map<String, Credentials> tiers) {

    public TiersProperties {
        tiers = tiers == null ? Map.of() : Map.copyOf(tiers);
    }

    /** One of the two is set; both blank leaves the tiers unable to sign in. */
    public record Credentials(String password, String passwordHash) {

        boolean hasPassword() {
            return password != null && !password.isBlank();
        }

        boolean hasPasswordHash() {
            return passwordHash != null && !passwordHash.isBlank();
        }

        @Override
        public String toString() {
            return "Credentials[***]";
        }
    }
}
