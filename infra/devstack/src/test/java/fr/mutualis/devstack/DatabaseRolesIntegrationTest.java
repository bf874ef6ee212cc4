package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The roles of ADR 0016 on a real PostgreSQL of its own (its own port and folder, not the shared test stack's): a
 * service's role works in its database only and holds no power over the server; the replication role reads the
 * outbox through its publication and writes nothing but its heartbeat; the monitoring role reads statistics, no data,
 * and Debian's postgres_exporter exports through it the WAL a replication slot retains.
 */
class DatabaseRolesIntegrationTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private static IsolatedStack stack;
    private static StackConfig config;
    private static PostgresComponent postgres;
    private static DevSecrets secrets;

    @BeforeAll
    static void aPostgresWhoseExperienceDatabasePredatesTheRoles() throws IOException, SQLException {
        stack = IsolatedStack.on("roles", Port.POSTGRES, Port.POSTGRES_EXPORTER);
        config = stack.config();
        postgres = new PostgresComponent(config, UnprivilegedUser.detect());
        postgres.start();
        postgres.awaitHealthy();
        // As every stack started before ADR 0016: the superuser created the database and the service's tables.
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE experience");
        }
        try (Connection connection = admin("experience"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE experience_record (id bigserial PRIMARY KEY, title text)");
        }

        new DatabaseRoles(config, config.endpoints()).provision();
        new DatabaseRoles(config, config.endpoints()).provision();
        secrets = DevSecrets.of(config);
    }

    @AfterAll
    static void deleteIt() throws IOException {
        stack.delete(postgres.folder().getParent());
    }

    @Test
    void a_service_role_owns_and_uses_its_own_database_even_what_the_superuser_created_there() throws SQLException {
        try (Connection experience = as("experience-service", "experience"); Statement statement = experience.createStatement()) {
            statement.execute("INSERT INTO experience_record (title) VALUES ('Fibre')");
            statement.execute("ALTER TABLE experience_record ADD COLUMN summary text");
            statement.execute("CREATE TABLE outbox (id uuid PRIMARY KEY)");

            assertThat(single(statement, "SELECT count(*) FROM experience_record")).isEqualTo("1");
            assertThat(single(statement, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = 'experience'"))
                    .isEqualTo("experience_service");
        }
    }

    @Test
    void a_service_role_cannot_connect_to_another_services_database() {
        assertThatThrownBy(() -> as("experience-service", "webhook").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE))
                .hasMessageContaining("permission denied for database");
    }

    @Test
    void a_service_role_has_no_power_over_the_server() throws SQLException {
        try (Connection webhook = as("webhook-service", "webhook"); Statement statement = webhook.createStatement()) {
            assertThat(single(statement, "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication OR rolbypassrls"
                    + " FROM pg_roles WHERE rolname = current_user")).isEqualTo("f");
            assertThatThrownBy(() -> statement.execute("CREATE DATABASE stolen")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("CREATE ROLE intruder")).isInstanceOf(SQLException.class);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(config.jdbcUrl("webhook"), "webhook_service", "mutualis"))
                .as("its password is the stack's own, not the superuser's").isInstanceOf(SQLException.class);
    }

    @Test
    void the_replication_role_reads_the_outbox_through_its_publication_and_only_beats_its_heartbeat()
            throws SQLException, InterruptedException {
        ServiceDescriptor webhook = config.service("webhook-service");
        try (Connection connection = as("webhook-service", "webhook"); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE outbox (id uuid PRIMARY KEY, payload text)");
            statement.execute("CREATE TABLE subscription (id uuid PRIMARY KEY)");
        }
        new DatabaseRoles(config, config.endpoints()).publish(webhook, "public.outbox", "mutualis_webhook_outbox");

        try (Connection replication = replication("webhook"); Statement statement = replication.createStatement()) {
            statement.execute("SELECT pg_create_logical_replication_slot('roles_test', 'pgoutput')");
            try (Connection connection = as("webhook-service", "webhook"); Statement service = connection.createStatement()) {
                service.execute("INSERT INTO outbox VALUES (gen_random_uuid(), 'event')");
            }
            assertThat(changesStreamed(statement)).isPositive();
            assertThat(single(statement, "SELECT count(*) FROM outbox")).isEqualTo("1");
            statement.execute("SELECT pg_drop_replication_slot('roles_test')");
            assertThat(statement.executeUpdate("UPDATE " + DatabaseRoles.HEARTBEAT + " SET beat_at = now()")).isOne();

            for (String attempt : new String[] {"INSERT INTO outbox VALUES (gen_random_uuid(), 'forged')",
                    "DELETE FROM outbox", "SELECT * FROM subscription", "CREATE TABLE planted (id int)",
                    "SELECT * FROM " + DatabaseRoles.HEARTBEAT, "DELETE FROM " + DatabaseRoles.HEARTBEAT}) {
                assertThatThrownBy(() -> statement.execute(attempt)).as(attempt)
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo(INSUFFICIENT_PRIVILEGE));
            }
        }
        assertThatThrownBy(() -> replication("identity").close()).as("a database that publishes nothing")
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void the_monitoring_role_reads_the_servers_statistics_and_no_data() throws SQLException {
        new DatabaseRoles(config, config.endpoints()).provisionMonitoring();
        new DatabaseRoles(config, config.endpoints()).provisionMonitoring();

        try (Connection monitoring = monitoring("postgres"); Statement statement = monitoring.createStatement()) {
            assertThat(single(statement, "SELECT rolsuper OR rolcreatedb OR rolcreaterole OR rolreplication"
                    + " FROM pg_roles WHERE rolname = current_user")).isEqualTo("f");
            assertThat(single(statement, "SELECT pg_has_role(current_user, 'pg_monitor', 'MEMBER')")).isEqualTo("t");
            assertThat(single(statement, "SELECT count(*) >= 0 FROM pg_replication_slots")).isEqualTo("t");
            assertThat(single(statement, "SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0') > 0")).isEqualTo("t");
        }
        assertThatThrownBy(() -> monitoring("experience").close()).as("a service's database")
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for database");
    }

    @Test
    void postgres_exporter_exports_the_wal_a_replication_slot_retains() throws Exception {
        PostgresExporterComponent exporter = new PostgresExporterComponent(config, UnprivilegedUser.detect());
        try (Connection connection = admin("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_create_logical_replication_slot('mutualis_exporter_test_outbox', 'pgoutput')");
            try {
                exporter.start();
                exporter.awaitHealthy();
                String metrics = Http.get("http://" + exporter.scrapeAddress() + "/metrics").body();
                assertThat(metrics).containsPattern(
                        "pg_replication_slots_pg_wal_lsn_diff\\{[^}]*slot_name=\"mutualis_exporter_test_outbox\"[^}]*} \\d");
            } finally {
                exporter.stop();
                statement.execute("SELECT pg_drop_replication_slot('mutualis_exporter_test_outbox')");
            }
        }
    }

    /** The changes the slot holds, once the commit is flushed: the test stack does not wait for it (no fsync). */
    private static long changesStreamed(Statement statement) throws SQLException, InterruptedException {
        long changes = 0;
        for (int attempt = 0; attempt < 50 && changes == 0; attempt++) {
            Thread.sleep(100);
            changes = Long.parseLong(single(statement, "SELECT count(*) FROM pg_logical_slot_peek_binary_changes("
                    + "'roles_test', NULL, NULL, 'proto_version', '1', 'publication_names', 'mutualis_webhook_outbox')"));
        }
        return changes;
    }

    private static Connection as(String service, String database) throws SQLException {
        ServiceDescriptor descriptor = config.service(service);
        return DriverManager.getConnection(config.jdbcUrl(database), descriptor.databaseRole(),
                secrets.databasePassword(descriptor));
    }

    private static Connection replication(String database) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(database), DatabaseRoles.REPLICATION, secrets.replicationPassword());
    }

    private static Connection monitoring(String database) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(database), DatabaseRoles.MONITORING, secrets.monitoringPassword());
    }

    private static Connection admin(String database) throws SQLException {
        return DriverManager.getConnection(config.jdbcUrl(database), StackConfig.POSTGRES_USER,
                config.endpoints().postgresPassword());
    }

    private static String single(Statement statement, String query) throws SQLException {
        try (ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getString(1);
        }
    }
}
