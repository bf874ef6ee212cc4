package fr.mutualis.outbox;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Deletes the outbox rows older than the retention, every purge interval, so that the table does not grow with every
 * event ever published. Debezium's EventRouter ignores deletes: a purge publishes nothing. Its own thread, rather than
 * {@code @EnableScheduling}, which would switch on the scheduling of the whole service.
 */
public class OutboxPurge implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxPurge.class);
    /** Rows deleted per statement: a long backlog goes in short transactions. */
    private static final int BATCH = 10_000;

    private final JdbcClient jdbc;
    private final OutboxProperties properties;
    private ScheduledExecutorService scheduler;

    public OutboxPurge(JdbcClient jdbc, OutboxProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** Deletes the rows older than the retention at {@code now}; returns how many. */
    public long purge(Instant now) {
        OffsetDateTime before = now.minus(properties.retention()).atOffset(ZoneOffset.UTC);
        long total = 0;
        int deleted;
        do {
            deleted = jdbc.sql("DELETE FROM outbox WHERE id IN (SELECT id FROM outbox WHERE occurred_at < ? LIMIT ?)")
                    .param(before).param(BATCH).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-purge");
            thread.setDaemon(true);
            return thread;
        });
        Duration interval = properties.purgeInterval();
        scheduler.scheduleWithFixedDelay(this::purgeNow, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void purgeNow() {
        try {
            long deleted = purge(Instant.now());
            if (deleted > 0) {
                log.info("Purged {} outbox rows older than {}", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            // The next run tries again; a failure must not end the schedule.
            log.warn("Outbox purge failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
