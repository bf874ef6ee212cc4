package fr.mutualis.experience.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demonstration data.
 *
 * @param enabled  load the demonstration experiences at start-up ({@code mutualis.demo.enabled}); the platform
 *                 launcher sets it, the default is false
 * @param location where the experiences are read ({@code mutualis.demo.location}), a Spring resource location
 */
@ConfigurationProperties("mutualis.demo")
public record DemoProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("classpath:demo/experiences.json") String location) {
}
