package fr.mutualis.service.secrets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Lazy;

/**
 * A {@link SecretBox} keyed by {@code mutualis.secrets.key} (environment: {@code MUTUALIS_SECRETS_KEY}). Lazy: only a
 * service that keeps secrets needs the key, and it refuses to start without one.
 */
@AutoConfiguration
public class SecretBoxAutoConfiguration {

    @Bean
    @Lazy
    SecretBox secretBox(@Value("${mutualis.secrets.key:}") String key) {
        return new SecretBox(key);
    }
}
