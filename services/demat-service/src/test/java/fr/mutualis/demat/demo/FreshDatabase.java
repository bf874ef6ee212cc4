package fr.mutualis.demat.demo;

import fr.mutualis.testing.stack.RealStack;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;

/**
 * A database of its own, dropped and created again for each run: the demonstration is loaded only where the
 * Département has no acte yet, and the other tests give it some in the shared test database. It replaces the
 * shared one as the application's only {@link DataSource} (a {@code @DynamicPropertySource} of a subclass does not
 * override {@link fr.mutualis.demat.support.DematIntegrationTest}'s).
 */
final class FreshDatabase {

    private FreshDatabase() {
    }

    static DataSource named(String database) {
        var endpoints = RealStack.endpoints();
        return DataSourceBuilder.create().url(jdbcUrl(database)).username(endpoints.postgresUser())
                .password(endpoints.postgresPassword()).build();
    }

    private static String jdbcUrl(String database) {
        var endpoints = RealStack.endpoints();
        try (Connection connection = DriverManager.getConnection(endpoints.jdbcUrl("postgres"),
                endpoints.postgresUser(), endpoints.postgresPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop test database " + database + ": " + e.getMessage(), e);
        }
        return endpoints.jdbcUrl(database);
    }
}
