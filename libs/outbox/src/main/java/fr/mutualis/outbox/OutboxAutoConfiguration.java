package fr.mutualis.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Gives every service with a database its {@link AggregateEvents}, its {@code outbox} table from one migration
 * ({@code db/outbox}), the counter {@value OutboxWriter#WRITTEN_METER}, and the {@link OutboxPurge} that keeps that
 * table short ({@code mutualis.outbox.*}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBean({JdbcClient.class, JsonMapper.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    /**
     * Writes each row with the trace context of the change when the service traces (Micrometer Tracing with
     * OpenTelemetry, from the service starter), and counts the rows in the service's meter registry, or in the global
     * one where it has none.
     */
    @Bean
    @ConditionalOnMissingBean
    AggregateEvents aggregateEvents(JdbcClient jdbc, JsonMapper json, ObjectProvider<Tracer> tracer,
                                    ObjectProvider<Propagator> propagator, ObjectProvider<MeterRegistry> meters) {
        var writer = new OutboxWriter(jdbc, tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP), meters.getIfAvailable(() -> Metrics.globalRegistry));
        return new AggregateEvents(writer, json);
    }

    @Bean
    @ConditionalOnMissingBean
    OutboxPurge outboxPurge(JdbcClient jdbc, OutboxProperties properties) {
        return new OutboxPurge(jdbc, properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FlywayConfigurationCustomizer.class)
    static class OutboxMigration {

        @Bean
        FlywayConfigurationCustomizer outboxMigration() {
            return FlywayLocations.adding("classpath:db/outbox");
        }
    }
}
