package fr.mutualis.experience.support;

import fr.mutualis.testing.stack.RealStack;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points the service at the real PostgreSQL of the test run. The database is the module's own, not the platform's
 * {@code experience} database: Debezium captures that one, and events of these tests must not reach Kafka.
 */
public final class RealPostgres {

    public static final String DATABASE = "experience_service_test";

    private RealPostgres() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
    }
}
