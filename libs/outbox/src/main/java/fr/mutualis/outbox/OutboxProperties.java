package fr.mutualis.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param retention     how long an outbox row is kept; Debezium reads inserts from the write-ahead log, not from the
 *                      table, so a purged row is never lost to Kafka, and its replication slot keeps the WAL of rows
 *                      not yet streamed
 * @param purgeInterval how often rows older than the retention are deleted
 */
@ConfigurationProperties("mutualis.outbox")
public record OutboxProperties(@DefaultValue("1d") Duration retention, @DefaultValue("1h") Duration purgeInterval) {
}
