package fr.mutualis.audit;

import fr.mutualis.outbox.AggregateEvents;
import fr.mutualis.outbox.FlywayLocations;
import fr.mutualis.outbox.OutboxAutoConfiguration;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail of a service that has a database and an outbox, and its table's migration ({@code db/audit}). */
@AutoConfiguration(after = OutboxAutoConfiguration.class)
@ConditionalOnBean(AggregateEvents.class)
public class AuditTrailAutoConfiguration {

    @Bean
    AuditTrail auditTrail(JdbcClient jdbc, PlatformTransactionManager transactions, AggregateEvents events,
                          JsonMapper json, Clock clock, @Value("${spring.application.name}") String service) {
        return new AuditTrail(jdbc, new TransactionTemplate(transactions), events, json, clock, service);
    }

    @Bean
    FlywayConfigurationCustomizer auditTrailMigration() {
        return FlywayLocations.adding("classpath:db/audit");
    }
}
