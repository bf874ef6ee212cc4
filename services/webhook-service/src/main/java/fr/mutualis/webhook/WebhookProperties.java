package fr.mutualis.webhook;

import fr.mutualis.contracts.EventChannels;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the webhook service, under {@code mutualis.webhook}.
 *
 * @param topics            topics a subscription may name; the service consumes exactly these: by default the AsyncAPI
 *                          document's public channels, set only to deliver test topics
 * @param allowLoopbackHttp accept endpoints on 127.0.0.1, localhost and [::1], also in {@code http://} (development only); https only
 *                          otherwise
 * @param delivery          attempts, back-off, HTTP and worker settings
 * @param replay            replay settings
 * @param retention         how long settled deliveries are kept
 */
@Validated
@ConfigurationProperties("mutualis.webhook")
public record WebhookProperties(
        @NotEmpty List<@NotBlank String> topics,
        @DefaultValue("false") boolean allowLoopbackHttp,
        @Valid @DefaultValue Delivery delivery,
        @Valid @DefaultValue Replay replay,
        @Valid @DefaultValue Retention retention) {

    public WebhookProperties {
        topics = topics == null || topics.isEmpty() ? List.copyOf(EventChannels.publicTopics().keySet()) : topics;
    }

    /**
     * @param maxAttempts    attempts in all before a delivery is dead-lettered
     * @param initialBackoff wait after the first failed attempt
     * @param multiplier     growth of the wait from one failure to the next
     * @param maxBackoff     longest wait between two attempts
     * @param pollInterval   how often the worker looks for due deliveries
     * @param batchSize      deliveries claimed at once, at most
     * @param maxInFlight    HTTP attempts under way at once, at most (one thread each)
     * @param connectTimeout to open a connection to a receiver
     * @param requestTimeout for the receiver's answer
     * @param claimLease     a claimed delivery is not due again before this: longer than a whole attempt, so that
     *                       a delivery is not sent twice at once, and short enough that a crashed instance's claims
     *                       are soon taken over
     */
    public record Delivery(
            @Min(1) @DefaultValue("10") int maxAttempts,
            @NotNull @DefaultValue("30s") Duration initialBackoff,
            @DecimalMin("1.0") @DefaultValue("2.0") double multiplier,
            @NotNull @DefaultValue("1h") Duration maxBackoff,
            @NotNull @DefaultValue("1s") Duration pollInterval,
            @Min(1) @Max(1000) @DefaultValue("50") int batchSize,
            @Min(1) @Max(256) @DefaultValue("16") int maxInFlight,
            @NotNull @DefaultValue("5s") Duration connectTimeout,
            @NotNull @DefaultValue("10s") Duration requestTimeout,
            @NotNull @DefaultValue("2m") Duration claimLease) {

        public Delivery {
            if (claimLease != null && connectTimeout != null && requestTimeout != null
                    && claimLease.compareTo(connectTimeout.plus(requestTimeout)) <= 0) {
                throw new IllegalArgumentException("mutualis.webhook.delivery.claim-lease (" + claimLease
                        + ") must be longer than connect-timeout + request-timeout (" + connectTimeout.plus(requestTimeout)
                        + "), or a slow delivery could be sent twice at once");
            }
        }
    }

    /** @param timeout longest a replay may read the topics before it gives up */
    public record Replay(@NotNull @DefaultValue("2m") Duration timeout) {
    }

    /**
     * @param settled       delivered and cancelled deliveries are deleted once older than this; dead letters stay
     * @param purgeInterval how often the purge runs
     */
    public record Retention(
            @NotNull @DefaultValue("7d") Duration settled,
            @NotNull @DefaultValue("1h") Duration purgeInterval) {
    }
}
