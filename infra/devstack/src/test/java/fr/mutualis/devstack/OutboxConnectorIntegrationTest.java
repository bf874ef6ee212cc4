package fr.mutualis.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * experience-service's outbox connector on a PostgreSQL, Kafka and Connect of its own (own ports and folder, not the
 * shared test stack's): the connector's configuration holds no secret, a quiet outbox does not pin its replication
 * slot, a purge of published rows publishes nothing, an unregistered connector publishes nothing until it is back,
 * topics exist although the broker creates none, and the launcher's status and logs tell the truth.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxConnectorIntegrationTest {

    private static final String CONNECTOR = "experience-outbox";
    private static final String TOPIC = "mutualis.experience.events";
    private static final String SLOT = "mutualis_experience_outbox";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private static IsolatedStack stack;
    private static StackConfig config;
    private static PostgresComponent postgres;
    private static KafkaComponent kafka;
    private static ConnectComponent connect;

    @BeforeAll
    static void aConnectorOnItsOwnStack() throws IOException, SQLException {
        stack = IsolatedStack.on("connector", Port.POSTGRES, Port.KAFKA, Port.KAFKA_CONTROLLER,
                Port.KAFKA_INTEGRATORS, Port.CONNECT);
        config = stack.config();
        UnprivilegedUser user = UnprivilegedUser.detect();
        postgres = new PostgresComponent(config, user);
        kafka = new KafkaComponent(config, user);
        connect = new ConnectComponent(config, user);
        postgres.start();
        kafka.start();
        postgres.awaitHealthy();
        new DatabaseRoles(config, config.endpoints()).provision();
        try (Connection service = asService(); Statement statement = service.createStatement()) {
            statement.execute(Files.readString(config.projectRoot().resolve("libs/outbox/src/main/resources/db/outbox/R__outbox.sql")));
        }
        kafka.awaitHealthy();
        KafkaAccess.provision(config);
        new PlatformTopics(config).createMissing();
        connect.start();
        connect.awaitHealthy();
        new ConnectorRegistry(config).register(CONNECTOR);
    }

    @AfterAll
    static void deleteIt() throws IOException {
        stack.delete(postgres.folder().getParent());
    }

    @Test
    @Order(1)
    void the_running_connectors_configuration_names_its_password_and_never_holds_it() throws IOException {
        String stored = Http.get(config.connectUrl() + "/connectors/" + CONNECTOR + "/config").body();

        assertThat(stored).contains("\"database.password\":\"${env:" + ConnectSecrets.PASSWORD_VARIABLE + "}\"")
                .doesNotContain(DevSecrets.of(config).replicationPassword());
        assertThat(new ConnectorRegistry(config).notRunning()).isEmpty();
        assertThat(connect.state().serving()).isTrue();
    }

    @Test
    @Order(2)
    void a_quiet_outbox_lets_its_replication_slot_follow_the_write_ahead_log_of_the_others() throws SQLException {
        String written;
        try (Connection admin = admin("postgres"); Statement statement = admin.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS busy_elsewhere (id bigserial PRIMARY KEY, filler text)");
            statement.execute("INSERT INTO busy_elsewhere (filler) SELECT repeat('x', 500) FROM generate_series(1, 2000)");
            written = single(statement, "SELECT pg_current_wal_lsn()");
        }

        await("slot " + SLOT + " confirmed past " + written, () -> {
            try (Connection admin = admin("postgres"); PreparedStatement query = admin.prepareStatement(
                    "SELECT confirmed_flush_lsn >= ?::pg_lsn FROM pg_replication_slots WHERE slot_name = ?")) {
                query.setString(1, written);
                query.setString(2, SLOT);
                try (ResultSet result = query.executeQuery()) {
                    return result.next() && result.getBoolean(1);
                }
            }
        });
        assertThat(topics()).as("heartbeats' topic, created by Connect").contains("__debezium-heartbeat.mutualis-experience");
    }

    @Test
    @Order(3)
    void purging_published_rows_publishes_nothing() throws SQLException {
        String purged = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();

        insertEvent(purged);
        await(purged + " published", () -> keys().contains(purged));
        try (Connection service = asService(); Statement statement = service.createStatement()) {
            statement.execute("DELETE FROM outbox WHERE aggregateid = '" + purged + "'");
        }
        insertEvent(next);
        await(next + " published", () -> keys().contains(next));

        assertThat(keys()).containsExactly(purged, next);
    }

    @Test
    @Order(4)
    void an_unregistered_connector_publishes_nothing_until_registered_again_then_what_was_written_meanwhile()
            throws SQLException {
        ConnectorRegistry registry = new ConnectorRegistry(config);
        registry.unregister(CONNECTOR);
        assertThat(slotActive()).as("its task has let go of slot " + SLOT).isFalse();
        String meanwhile = UUID.randomUUID().toString();
        insertEvent(meanwhile);

        assertThat(keys()).as("nothing published while it is away").doesNotContain(meanwhile);

        registry.register(CONNECTOR);
        await(meanwhile + " published once back", () -> keys().contains(meanwhile));
    }

    @Test
    @Order(5)
    void the_broker_and_connect_log_what_they_do() throws IOException {
        for (Component component : List.of(kafka, connect)) {
            assertThat(Files.readString(component.log(), StandardCharsets.UTF_8)).as(component.name())
                    .contains(" INFO ").doesNotContain("StaticLoggerBinder").doesNotContain("No SLF4J providers");
        }
    }

    @Test
    @Order(6)
    void connect_is_reported_impaired_while_the_broker_is_down() {
        kafka.stop();
        try {
            Component.State state = connect.state();

            assertThat(state.serving()).isFalse();
            assertThat(state.description()).contains("Kafka");
        } finally {
            kafka.start();
            kafka.awaitHealthy();
        }
        await("connect serving again", () -> connect.state().serving());
    }

    private static boolean slotActive() throws SQLException {
        try (Connection admin = admin("postgres"); PreparedStatement query = admin.prepareStatement(
                "SELECT active FROM pg_replication_slots WHERE slot_name = ?")) {
            query.setString(1, SLOT);
            try (ResultSet result = query.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private static void insertEvent(String aggregateId) throws SQLException {
        try (Connection service = asService(); PreparedStatement insert = service.prepareStatement("""
                INSERT INTO outbox (id, aggregatetype, aggregateid, type, schema_version, aggregate_version, payload, occurred_at)
                VALUES (gen_random_uuid(), 'experience', ?, 'experience.record.created', 1, 1, '{}'::jsonb, now())""")) {
            insert.setString(1, aggregateId);
            insert.executeUpdate();
        }
    }

    /** The keys of every record on the events topic, in the order of their partition's offsets. */
    private static List<String> keys() {
        List<ConsumerRecord<String, String>> records =
                TopicContents.all(config.endpoints(), TOPIC, Duration.ofSeconds(10));
        records.forEach(record -> assertThat(record.value()).as("a tombstone or an empty event").isNotBlank());
        return records.stream().sorted(Comparator.comparing(ConsumerRecord::timestamp))
                .map(ConsumerRecord::key).toList();
    }

    private static Set<String> topics() {
        try (Admin admin = Admin.create(config.endpoints().kafkaClientConfig())) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Check check) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!holds(check)) {
            assertThat(System.nanoTime()).as(what + " within " + PATIENCE.toSeconds() + " s").isLessThan(deadline);
            Processes.sleep(Duration.ofMillis(500));
        }
    }

    /** A check that fails for now (a component still restarting) is simply not true yet. */
    private static boolean holds(Check check) {
        try {
            return check.holds();
        } catch (Exception e) {
            return false;
        }
    }

    private static Connection asService() throws SQLException {
        ServiceDescriptor experience = config.service("experience-service");
        return DriverManager.getConnection(config.jdbcUrl("experience"), experience.databaseRole(),
                DevSecrets.of(config).databasePassword(experience));
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
