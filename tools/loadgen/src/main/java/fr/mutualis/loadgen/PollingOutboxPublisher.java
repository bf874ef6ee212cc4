package fr.mutualis.loadgen;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publisher the outbox connector is measured against (ADR 0002): a scheduled poller that reads the outbox table, as
 * Spring Modulith's event publication registry does. Each transaction that writes an outbox row also writes a pending
 * row (a trigger here, Modulith's {@code event_publication} row there); every {@code interval} the poller reads the
 * oldest pending rows with their outbox row, sends them to Kafka with the connector's key and CloudEvents headers,
 * waits for the broker's acknowledgement, then deletes the pending rows. The trigger and its table exist only while the
 * poller runs; the connector is paused meanwhile, so that each event is published by one publisher at a time.
 */
final class PollingOutboxPublisher implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int BATCH = 1000;

    private final Connection database;
    private final KafkaProducer<String, String> producer;
    private final Duration interval;
    private final Thread poller;
    private final AtomicLong published = new AtomicLong();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private volatile boolean running = true;

    /**
     * Installs the pending rows' table and trigger in the outbox's database, then starts polling.
     *
     * @param database a connection to the service's database as a superuser: it creates a trigger on {@code outbox},
     *                 whose function runs as its owner, so that the service's own role needs no new privilege
     */
    PollingOutboxPublisher(Connection database, Map<String, Object> platformKafka, Duration interval) throws SQLException {
        this.database = database;
        this.interval = interval;
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS benchmark_outbox_pending"
                    + " (id uuid PRIMARY KEY, occurred_at timestamptz NOT NULL)");
            statement.execute("CREATE INDEX IF NOT EXISTS benchmark_outbox_pending_occurred_at"
                    + " ON benchmark_outbox_pending (occurred_at)");
            statement.execute("""
                    CREATE OR REPLACE FUNCTION benchmark_outbox_pending() RETURNS trigger LANGUAGE plpgsql
                    SECURITY DEFINER SET search_path = public AS $$
                    BEGIN
                      INSERT INTO benchmark_outbox_pending (id, occurred_at) VALUES (NEW.id, NEW.occurred_at);
                      RETURN NEW;
                    END $$""");
            statement.execute("DROP TRIGGER IF EXISTS benchmark_outbox_pending ON outbox");
            statement.execute("CREATE TRIGGER benchmark_outbox_pending AFTER INSERT ON outbox"
                    + " FOR EACH ROW EXECUTE FUNCTION benchmark_outbox_pending()");
        }
        Properties properties = new Properties();
        properties.putAll(platformKafka);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        producer = new KafkaProducer<>(properties);
        poller = new Thread(this::poll, "outbox-poller");
        poller.start();
    }

    /** Events sent and acknowledged so far. */
    long published() {
        return published.get();
    }

    private void poll() {
        try (PreparedStatement pending = database.prepareStatement("""
                SELECT o.id, o.aggregatetype, o.aggregateid, o.payload::text, o.traceparent
                FROM benchmark_outbox_pending p JOIN outbox o ON o.id = p.id
                ORDER BY p.occurred_at LIMIT ?""");
             PreparedStatement done = database.prepareStatement(
                     "DELETE FROM benchmark_outbox_pending WHERE id = ANY (?)")) {
            pending.setInt(1, BATCH);
            while (running) {
                List<UUID> sent = new ArrayList<>();
                try (ResultSet rows = pending.executeQuery()) {
                    while (rows.next()) {
                        send(rows);
                        sent.add(rows.getObject(1, UUID.class));
                    }
                }
                if (!sent.isEmpty()) {
                    producer.flush();
                    Array ids = database.createArrayOf("uuid", sent.toArray());
                    done.setArray(1, ids);
                    done.executeUpdate();
                    published.addAndGet(sent.size());
                }
                if (sent.size() < BATCH) {
                    Thread.sleep(interval.toMillis());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
    }

    @SuppressWarnings("unchecked")
    private void send(ResultSet row) throws SQLException {
        Map<String, Object> event = JSON.readValue(row.getString(4), Map.class);
        ProducerRecord<String, String> record = new ProducerRecord<>("mutualis." + row.getString(2) + ".events",
                row.getString(3), row.getString(4));
        GenerateCommand.cloudEventHeaders(event).forEach((name, value) ->
                record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        String traceparent = row.getString(5);
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        producer.send(record, (metadata, exception) -> {
            if (exception != null) {
                failure.compareAndSet(null, exception);
            }
        });
    }

    /** Stops polling, removes the trigger and its table; throws what went wrong while polling, if anything. */
    @Override
    public void close() throws Exception {
        running = false;
        poller.join();
        producer.close();
        uninstall(database);
        if (failure.get() != null) {
            throw new IllegalStateException("The polling publisher failed: " + failure.get().getMessage(), failure.get());
        }
    }

    /** Removes the trigger and its table: after a run, and before one, in case an interrupted run left them. */
    static void uninstall(Connection database) throws SQLException {
        try (Statement statement = database.createStatement()) {
            statement.execute("DROP TRIGGER IF EXISTS benchmark_outbox_pending ON outbox");
            statement.execute("DROP FUNCTION IF EXISTS benchmark_outbox_pending()");
            statement.execute("DROP TABLE IF EXISTS benchmark_outbox_pending");
        }
    }
}
