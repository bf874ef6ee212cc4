package fr.mutualis.demat.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration actes.
 *
 * @param enabled           load them at start-up ({@code mutualis.demo.enabled}); the platform launcher sets it, the
 *                          default is false
 * @param transmit          also take actes to the préfecture and beyond ({@code mutualis.demo.transmit}): transmitted,
 *                          acknowledged, refused, pièces demandées, published, archived, cancelled; false where no
 *                          préfecture answers (tests)
 * @param prefectureTimeout how long to wait for each answer of the préfecture before giving up with a warning
 * @param referentialTimeout how long the first draft is tried again while the referential does not know the
 *                          Département yet (it imports the official data when it starts, possibly at the same time)
 */
@ConfigurationProperties("mutualis.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("true") boolean transmit,
        @DefaultValue("PT90S") Duration prefectureTimeout,
        @DefaultValue("PT3M") Duration referentialTimeout) {
}
