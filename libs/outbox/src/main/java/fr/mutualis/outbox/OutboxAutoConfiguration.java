package fr.mutualis.outbox;

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
 * ({@code db/outbox}), and the {@link OutboxPurge} that keeps that table short ({@code mutualis.outbox.*}).
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@ConditionalOnBean({JdbcClient.class, JsonMapper.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    AggregateEvents aggregateEvents(JdbcClient jdbc, JsonMapper json) {
        return new AggregateEvents(new OutboxWriter(jdbc), json);
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
