package fr.mutualis.testing.fuzz;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of what a service stores, taken before and after hostile requests: equal fingerprints mean no
 * stored side effect. {@link #tables} covers every table of a PostgreSQL schema (the outbox and the audit trail
 * included): row count and a hash of every row, so that an update shows as well as an insert or a delete.
 */
@FunctionalInterface
public interface StoredState {

    /** Part name → fingerprint; compared part by part. */
    Map<String, String> fingerprint();

    /** Nothing to compare: the service stores nothing the test can read. */
    static StoredState none() {
        return Map::of;
    }

    /**
     * Every table of the connection's current schema but {@code ignored} (e.g. a table a scheduled job writes) and
     * Flyway's history.
     */
    static StoredState tables(DataSource dataSource, String... ignored) {
        Set<String> skipped = Set.of(ignored);
        return () -> {
            Map<String, String> fingerprint = new TreeMap<>();
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                List<String> tables = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables "
                        + "WHERE schemaname = current_schema() ORDER BY tablename")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                for (String table : tables) {
                    if (skipped.contains(table) || table.equals("flyway_schema_history")) {
                        continue;
                    }
                    try (ResultSet rows = statement.executeQuery("SELECT count(*), coalesce(sum(hashtext(t::text)"
                            + "::bigint), 0) FROM \"" + table.replace("\"", "\"\"") + "\" t")) {
                        rows.next();
                        fingerprint.put(table, rows.getLong(1) + " rows, hash " + rows.getLong(2));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot fingerprint the tables: " + e.getMessage(), e);
            }
            return fingerprint;
        };
    }

    /** This state and {@code other}'s, side by side. */
    default StoredState and(StoredState other) {
        return () -> {
            Map<String, String> both = new TreeMap<>(fingerprint());
            both.putAll(other.fingerprint());
            return both;
        };
    }
}
