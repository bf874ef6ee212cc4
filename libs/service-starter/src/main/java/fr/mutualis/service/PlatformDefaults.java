package fr.mutualis.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings every service shares, below anything the service or its operator sets: reachable on loopback only
 * unless an operator opens it, graceful shutdown, health probes, metrics in Prometheus format tagged with the
 * service's name, logs as JSON lines, the platform's development issuer; and what the service's descriptor
 * ({@code services/<name>/service.properties}, packaged by build/service-parent as {@value #DESCRIPTOR}) already says —
 * its name, its port, its database and the role that owns it — so that no {@code application.yml} repeats it.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final String DESCRIPTOR = "META-INF/mutualis/service.properties";

    static final String ZIPKIN_ENDPOINT = "management.tracing.export.zipkin.endpoint";

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            Map.entry("server.address", "127.0.0.1"),
            Map.entry("server.shutdown", "graceful"),
            Map.entry("spring.lifecycle.timeout-per-shutdown-phase", "20s"),
            // Prometheus scrapes /actuator/prometheus, open without a token (ObservabilityAutoConfiguration says why).
            Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
            Map.entry("management.endpoint.health.probes.enabled", "true"),
            // Every series says which service it comes from, whatever the scraper's own labels.
            Map.entry("management.metrics.tags.application", "${spring.application.name}"),
            // Buckets, so that the latency percentiles of each route can be computed across instances (p99 alerts).
            Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
            // One JSON object a line (Elastic Common Schema) with the MDC: traceId, spanId, event_id, collectivite.
            Map.entry("logging.structured.format.console", "ecs"),
            // Nothing but those lines: no banner in the log stream.
            Map.entry("spring.main.banner-mode", "off"),
            // Idle connections cost PostgreSQL a process each: a service keeps two, and grows its pool under load.
            Map.entry("spring.datasource.hikari.minimum-idle", "2"),
            // Every change is traced at this scale; an operator with heavy traffic lowers it (docs/runbooks/observability.md).
            Map.entry("management.tracing.sampling.probability", "1.0"),
            // No exemplars in the scrape: Debian's Prometheus (2.42, the one ./mutualis up --observability runs)
            // refuses the whole target when OpenMetrics puts them on a histogram's _count line.
            Map.entry("management.tracing.exemplars.include", "none"),
            // The launcher passes the actual issuer; a syndicate sets its ProConnect or Keycloak issuer.
            Map.entry("mutualis.security.issuer-uri", "http://127.0.0.1:8088"));

    /** The development PostgreSQL of the launcher; it passes the actual address and the role's password. */
    private static final String DEVELOPMENT_DATABASES = "jdbc:postgresql://127.0.0.1:15432/";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> defaults = new HashMap<>(DEFAULTS);
        defaults.putAll(fromDescriptor(descriptor(application.getClassLoader())));
        if (!environment.containsProperty(ZIPKIN_ENDPOINT)) {
            // Spans are sent only where an operator (or ./mutualis up --observability) says: a default address where
            // nothing listens would fill the logs with failed exports.
            defaults.put("management.tracing.export.zipkin.enabled", "false");
        }
        environment.getPropertySources().addLast(new MapPropertySource("mutualisPlatformDefaults", defaults));
    }

    static Map<String, Object> fromDescriptor(Properties descriptor) {
        Map<String, Object> defaults = new HashMap<>();
        if (descriptor.containsKey("name")) {
            defaults.put("spring.application.name", descriptor.getProperty("name"));
        }
        if (descriptor.containsKey("port")) {
            defaults.put("server.port", descriptor.getProperty("port"));
        }
        if (usesKafka(descriptor)) {
            // ADR 0019: the platform's Kafka listener trusts nobody for connecting from the machine; each service
            // signs in as itself, its password given by the launcher (or the operator) in MUTUALIS_KAFKA_PASSWORD.
            defaults.put("spring.kafka.security.protocol", "SASL_PLAINTEXT");
            defaults.put("spring.kafka.properties.sasl.mechanism", "SCRAM-SHA-512");
            defaults.put("spring.kafka.properties.sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"${spring.application.name}\""
                            + " password=\"${mutualis.kafka.password}\";");
        }
        String database = descriptor.getProperty("database");
        if (database != null) {
            defaults.put("spring.datasource.url", DEVELOPMENT_DATABASES + database);
            // ADR 0016: each service connects as the role that owns its database, never as an administrator.
            defaults.put("spring.datasource.username", database + "_service");
        }
        return defaults;
    }

    private static boolean usesKafka(Properties descriptor) {
        return java.util.Arrays.stream(descriptor.getProperty("uses", "").split(",")).map(String::trim)
                .anyMatch("kafka"::equals);
    }

    private static Properties descriptor(ClassLoader classLoader) {
        Properties descriptor = new Properties();
        ClassLoader loader = classLoader == null ? PlatformDefaults.class.getClassLoader() : classLoader;
        try (InputStream in = loader.getResourceAsStream(DESCRIPTOR)) {
            if (in != null) {
                descriptor.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptor;
    }
}
