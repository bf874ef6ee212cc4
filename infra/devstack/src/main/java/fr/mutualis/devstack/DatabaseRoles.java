package fr.mutualis.devstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Least privilege in PostgreSQL (ADR 0016): each service with a database connects as its own LOGIN role, owner of its
 * database only, which no other role may connect to; Debezium reads the write-ahead log as a replication role that
 * may only read the outbox tables. The launcher administers all this as the superuser, which no service uses.
 * Passwords come from {@link DevSecrets}. Everything here is idempotent and runs at each start.
 */
public final class DatabaseRoles {

    /**
     * The role of every Debezium connector: REPLICATION, SELECT on the outbox tables, UPDATE on {@link #HEARTBEAT},
     * nothing else.
     */
    public static final String REPLICATION = "mutualis_replication";
    /**
     * The role postgres_exporter signs in as (observability option): a member of {@code pg_monitor}, which reads the
     * server's statistics and settings, replication slots included, but no table of any database.
     */
    static final String MONITORING = "mutualis_monitoring";
    /**
     * The one-row table Debezium's heartbeat updates in each publishing database. Part of the publication but not of
     * the tables the connector routes, it gives a quiet database a change to confirm, so that its replication slot
     * follows the server's write-ahead log instead of retaining it. Outside {@code public}, which its service owns.
     */
    static final String HEARTBEAT = "debezium.heartbeat";
    private static final String HEARTBEAT_SCHEMA = HEARTBEAT.substring(0, HEARTBEAT.indexOf('.'));
    private static final Pattern TABLE = Pattern.compile("[a-z_][a-z0-9_]*\\.[a-z_][a-z0-9_]*");
    private static final Pattern PUBLICATION = Pattern.compile("[a-z_][a-z0-9_]*");

    private final StackConfig config;
    private final Endpoints admin;

    /** {@code admin}: where this JVM reaches PostgreSQL, as its superuser. */
    public DatabaseRoles(StackConfig config, Endpoints admin) {
        this.config = config;
        this.admin = admin;
    }

    /** Creates or corrects the replication role, and each service's role and database. */
    public void provision() {
        DevSecrets secrets = DevSecrets.of(config);
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            login(connection, REPLICATION, true, secrets.replicationPassword());
            for (ServiceDescriptor service : config.services()) {
                if (service.database().isEmpty()) {
                    continue;
                }
                String database = service.database().get();
                String role = service.databaseRole();
                login(connection, role, false, secrets.databasePassword(service));
                if (exists(connection, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                    statement.execute("ALTER DATABASE " + database + " OWNER TO " + role);
                    handOver(database, role);
                } else {
                    statement.execute("CREATE DATABASE " + database + " OWNER " + role);
                }
                // Owners keep their rights; everyone else, other services' roles included, loses them.
                statement.execute("REVOKE CONNECT, TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
            }
        } catch (SQLException e) {
            throw new StackException(PostgresComponent.NAME, "rôles et bases impossibles / cannot create roles and databases: "
                    + e.getMessage(), e);
        }
    }

    /** Creates or corrects the monitoring role ({@link #MONITORING}). */
    void provisionMonitoring() {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            login(connection, MONITORING, false, DevSecrets.of(config).monitoringPassword());
            statement.execute("GRANT pg_monitor TO " + MONITORING);
        } catch (SQLException e) {
            throw new StackException(PostgresComponent.NAME, "rôle de supervision impossible / cannot create the monitoring role: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Lets the replication role stream {@code table} of {@code service}'s database through {@code publication}. The
     * launcher creates the publication: {@code FOR TABLE} needs the table's owner or a superuser, which the replication
     * role must not be. Needs the table, which the service's migrations create.
     */
    void publish(ServiceDescriptor service, String table, String publication) {
        if (!TABLE.matcher(table).matches() || !PUBLICATION.matcher(publication).matches()) {
            throw new StackException(ConnectComponent.NAME, "table ou publication invalide / invalid table or publication: "
                    + table + ", " + publication);
        }
        String database = service.database().orElseThrow();
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("GRANT CONNECT ON DATABASE " + database + " TO " + REPLICATION);
        } catch (SQLException e) {
            throw new StackException(service.name(), "droits de réplication impossibles / cannot grant replication: "
                    + e.getMessage(), e);
        }
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            if (!exists(connection, "SELECT 1 WHERE to_regclass(?) IS NOT NULL", table)) {
                throw new StackException(service.name(), "table " + table + " absente de / missing from " + database
                        + " : le service a-t-il démarré ? / has the service started?");
            }
            statement.execute("GRANT SELECT ON TABLE " + table + " TO " + REPLICATION);
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + HEARTBEAT_SCHEMA);
            statement.execute("CREATE TABLE IF NOT EXISTS " + HEARTBEAT + " (id smallint PRIMARY KEY, beat_at timestamptz NOT NULL)");
            statement.execute("INSERT INTO " + HEARTBEAT + " VALUES (1, now()) ON CONFLICT DO NOTHING");
            statement.execute("GRANT USAGE ON SCHEMA " + HEARTBEAT_SCHEMA + " TO " + REPLICATION);
            // UPDATE without a WHERE reads nothing: the heartbeat needs no SELECT.
            statement.execute("GRANT UPDATE ON TABLE " + HEARTBEAT + " TO " + REPLICATION);
            if (!exists(connection, "SELECT 1 FROM pg_publication WHERE pubname = ?", publication)) {
                statement.execute("CREATE PUBLICATION " + publication + " FOR TABLE " + table + ", " + HEARTBEAT);
            } else if (!exists(connection, "SELECT 1 FROM pg_publication_rel r JOIN pg_publication p ON p.oid = r.prpubid"
                    + " WHERE p.pubname = ? AND r.prrelid = '" + HEARTBEAT + "'::regclass", publication)) {
                statement.execute("ALTER PUBLICATION " + publication + " ADD TABLE " + HEARTBEAT);
            }
        } catch (SQLException e) {
            throw new StackException(service.name(), "publication impossible / cannot create publication " + publication
                    + ": " + e.getMessage(), e);
        }
    }

    /** Whether a connector still streams changes through replication slot {@code slot}. */
    boolean streams(String slot) {
        try (Connection connection = connect("postgres")) {
            return exists(connection, "SELECT 1 FROM pg_replication_slots WHERE slot_name = ? AND active", slot);
        } catch (SQLException e) {
            throw new StackException(PostgresComponent.NAME, "slot de réplication illisible / cannot read replication slot " + slot
                    + ": " + e.getMessage(), e);
        }
    }

    /** A role that can log in with {@code password} and do nothing else but, for Debezium, replication. */
    private static void login(Connection connection, String role, boolean replication, String password) throws SQLException {
        String attributes = " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS "
                + (replication ? "REPLICATION" : "NOREPLICATION") + " PASSWORD '" + password.replace("'", "''") + "'";
        boolean exists = exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = ?", role);
        try (Statement statement = connection.createStatement()) {
            statement.execute((exists ? "ALTER ROLE " : "CREATE ROLE ") + role + attributes);
        }
    }

    /**
     * Gives {@code role} what the superuser created in {@code database} when services still connected as it (stacks
     * started before ADR 0016), so that its migrations can alter them. Tables carry their indexes and sequences along.
     */
    private void handOver(String database, String role) throws SQLException {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            for (String query : List.of("""
                    SELECT format('ALTER %s %I.%I OWNER TO %I',
                                  CASE c.relkind WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
                                  n.nspname, c.relname, ?)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm') AND r.rolname = current_user
                    """, """
                    SELECT format('ALTER SEQUENCE %I.%I OWNER TO %I', n.nspname, c.relname, ?)
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                    WHERE n.nspname = 'public' AND c.relkind = 'S' AND r.rolname = current_user
                    """, """
                    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, ?)
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_roles r ON r.oid = p.proowner
                    WHERE n.nspname = 'public' AND p.prokind IN ('f', 'p') AND r.rolname = current_user
                    """)) {
                // Sequences only once their tables have moved: those still with the superuser stand alone.
                for (String alter : rows(connection, query, role)) {
                    statement.execute(alter);
                }
            }
        }
    }

    private static List<String> rows(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }

    private static boolean exists(Connection connection, String query, String parameter) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(query)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        }
    }

    private Connection connect(String database) throws SQLException {
        DriverManager.setLoginTimeout(5);
        return DriverManager.getConnection(admin.jdbcUrl(database), admin.postgresUser(), admin.postgresPassword());
    }
}
