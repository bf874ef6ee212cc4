package fr.mutualis.marches.demo;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration consultations.
 *
 * @param enabled            load them at start-up ({@code mutualis.demo.enabled}); the launcher sets it
 * @param referentialTimeout how long the first draft is tried again while the referential does not know the
 *                           Département yet (it imports the official data when it starts)
 */
@ConfigurationProperties("mutualis.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled,
                             @DefaultValue("PT3M") Duration referentialTimeout) {
}
