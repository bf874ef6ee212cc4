package fr.mutualis.devstack;

import java.util.List;
import java.util.Map;

/**
 * postgres_exporter (Debian's {@code prometheus-postgres-exporter}): the server's statistics, among them the WAL each
 * Debezium replication slot retains ({@code pg_replication_slots_pg_wal_lsn_diff}). It signs in as
 * {@link DatabaseRoles#MONITORING}, a member of {@code pg_monitor} that reads statistics and no data, never as the
 * superuser.
 */
final class PostgresExporterComponent extends ExporterComponent {

    static final String NAME = "postgres-exporter";
    static final SystemBinary BINARY = new SystemBinary(NAME, "/usr/bin/prometheus-postgres-exporter",
            "MUTUALIS_POSTGRES_EXPORTER", "prometheus-postgres-exporter");

    PostgresExporterComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.POSTGRES_EXPORTER, BINARY, "pg_up");
    }

    @Override
    String job() {
        return "postgres";
    }

    @Override
    String consequence() {
        return "pas de métriques PostgreSQL ni des slots de réplication / no PostgreSQL nor replication slot metrics";
    }

    @Override
    protected void prepare() {
        new DatabaseRoles(config, config.endpoints()).provisionMonitoring();
    }

    @Override
    List<String> arguments() {
        return List.of();
    }

    /** Its connection string, password included: by environment, which only its user can read. */
    @Override
    protected Map<String, String> environment() {
        return Map.of("DATA_SOURCE_NAME", dataSourceName());
    }

    String dataSourceName() {
        return "postgresql://" + DatabaseRoles.MONITORING + ":" + DevSecrets.of(config).monitoringPassword() + "@"
                + StackConfig.HOST + ":" + config.port(Port.POSTGRES) + "/postgres?sslmode=disable";
    }
}
