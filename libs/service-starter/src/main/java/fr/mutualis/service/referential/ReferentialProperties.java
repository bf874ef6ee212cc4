package fr.mutualis.service.referential;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where referential-service answers, under {@code mutualis.referential}; the platform launcher passes {@code url}.
 *
 * @param url            base address, e.g. {@code http://127.0.0.1:8086}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout    how long to wait for an answer
 * @param cacheTtl       how long a collectivité's description is kept ({@link CachingReferentialClient}); zero keeps
 *                       none
 * @param cacheSize      how many descriptions are kept at most, of collectivités and of communes each
 */
@ConfigurationProperties("mutualis.referential")
public record ReferentialProperties(URI url,
                                    @DefaultValue("2s") Duration connectTimeout,
                                    @DefaultValue("5s") Duration readTimeout,
                                    @DefaultValue("60s") Duration cacheTtl,
                                    @DefaultValue("10000") long cacheSize) {
}
