package fr.mutualis.events.consumer;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dead-letter policy's settings, under {@code mutualis.events}.
 *
 * @param retry      back-off for transient failures before a record is dead-lettered
 * @param deadLetter how the {@code <topic>.DLT} topics are created when missing
 */
@ConfigurationProperties("mutualis.events")
public record EventConsumerProperties(@DefaultValue Retry retry, @DefaultValue DeadLetter deadLetter) {

    /**
     * Exponential back-off. With the defaults a record is tried 9 times over about two minutes
     * (1 + 2 + 4 + 8 + 16 + 30 × 3 s), within Kafka's default {@code max.poll.interval.ms} of five minutes.
     */
    public record Retry(@DefaultValue("8") int maxRetries,
                        @DefaultValue("1s") Duration initialInterval,
                        @DefaultValue("2.0") double multiplier,
                        @DefaultValue("30s") Duration maxInterval) {
    }

    /** One partition is plenty for records that should be rare; the key still chooses it when there are more. */
    public record DeadLetter(@DefaultValue("1") int partitions, @DefaultValue("1") short replicationFactor) {
    }
}
