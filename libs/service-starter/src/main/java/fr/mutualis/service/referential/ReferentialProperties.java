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
 */
@ConfigurationProperties("mutualis.referential")
public record ReferentialProperties(URI url,
                                    @DefaultValue("2s") Duration connectTimeout,
                                    @DefaultValue("5s") Duration readTimeout) {
}
