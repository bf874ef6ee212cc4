package fr.mutualis.service;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every service shares, below anything the service or its operator sets: reachable on loopback only
 * unless an operator opens it, graceful shutdown, health probes.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.of(
            "server.address", "127.0.0.1",
            "server.shutdown", "graceful",
            "spring.lifecycle.timeout-per-shutdown-phase", "20s",
            "management.endpoints.web.exposure.include", "health,info",
            "management.endpoint.health.probes.enabled", "true");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("mutualisPlatformDefaults", DEFAULTS));
    }
}
