package fr.mutualis.webhook.subscription.delivery;

import fr.mutualis.webhook.WebhookProperties;
import fr.mutualis.webhook.subscription.application.DeliverDueWebhooks;
import fr.mutualis.webhook.subscription.application.PurgeSettledDeliveries;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.EndpointAddressPolicy;
import fr.mutualis.webhook.subscription.domain.RetryPolicy;
import fr.mutualis.webhook.subscription.domain.WebhookSender;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The HTTP side of the webhooks: sender, sending threads, and the worker that feeds them. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class DeliveryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DeliveryConfiguration.class);

    @Bean
    WebhookSender webhookSender(WebhookProperties properties, EndpointAddressPolicy addresses) {
        return new HttpWebhookSender(properties.delivery().connectTimeout(), properties.delivery().requestTimeout(),
                addresses);
    }

    /**
     * One thread per attempt under way; {@link DeliverDueWebhooks} never submits more than {@code max-in-flight}.
     * On shutdown, attempts under way may finish; the others are due again when their lease ends.
     */
    @Bean
    ThreadPoolTaskExecutor webhookDeliveryExecutor(WebhookProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("webhook-delivery-");
        executor.setCorePoolSize(properties.delivery().maxInFlight());
        executor.setMaxPoolSize(properties.delivery().maxInFlight());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds((int) properties.delivery().requestTimeout().toSeconds() + 5);
        return executor;
    }

    @Bean
    DeliverDueWebhooks deliverDueWebhooks(DeliveryRepository deliveries, WebhookSender sender,
                                          ThreadPoolTaskExecutor webhookDeliveryExecutor, WebhookProperties properties,
                                          RetryPolicy retryPolicy, Clock clock, MeterRegistry meters) {
        WebhookProperties.Delivery delivery = properties.delivery();
        return new DeliverDueWebhooks(deliveries, sender, retryPolicy, webhookDeliveryExecutor,
                delivery.maxInFlight(), delivery.batchSize(), delivery.claimLease(), clock, new Metrics(meters));
    }

    @Bean
    DeliveryWorker deliveryWorker(DeliverDueWebhooks deliverDueWebhooks, PurgeSettledDeliveries purge) {
        return new DeliveryWorker(deliverDueWebhooks, purge);
    }

    /**
     * Counts attempts in {@value #DELIVERIES_METER} by {@code outcome}: {@code delivered}, {@code retry_scheduled},
     * {@code dead}, {@code discarded}, or {@code error} when the attempt could not be saved; and logs failures.
     */
    private record Metrics(MeterRegistry meters) implements DeliverDueWebhooks.Listener {

        static final String DELIVERIES_METER = "mutualis.webhook.deliveries";
        static final String ERROR = "error";

        /** Every outcome is published from the start, at zero: the alerts' ratios need no first attempt. */
        Metrics {
            for (DeliverDueWebhooks.Outcome outcome : DeliverDueWebhooks.Outcome.values()) {
                deliveries(meters, tag(outcome));
            }
            deliveries(meters, ERROR);
        }

        private static Counter deliveries(MeterRegistry meters, String outcome) {
            return Counter.builder(DELIVERIES_METER).description("Webhook delivery attempts, by outcome")
                    .tag("outcome", outcome).register(meters);
        }

        private static String tag(DeliverDueWebhooks.Outcome outcome) {
            return outcome.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public void attempted(DeliverDueWebhooks.AttemptReport report) {
            deliveries(meters, tag(report.outcome())).increment();
            Delivery after = report.after();
            switch (report.outcome()) {
                case DEAD -> log.warn("Delivery {} of event {} to subscription {} is dead after {} attempts: {}",
                        after.id(), after.ceId(), after.subscriptionId(), after.attempts(), report.result().describe());
                case RETRY_SCHEDULED -> log.info("Delivery {} of event {} to subscription {} failed (attempt {}: {}), "
                                + "next attempt at {}", after.id(), after.ceId(), after.subscriptionId(), after.attempts(),
                        report.result().describe(), after.nextAttemptAt());
                case DISCARDED -> log.info("Delivery {} changed while it was attempted (subscription deactivated?): "
                        + "outcome {} not saved", after.id(), report.result().describe());
                case DELIVERED -> log.debug("Delivery {} of event {} delivered ({})", after.id(), after.ceId(),
                        report.result().describe());
            }
        }

        @Override
        public void failed(Delivery delivery, RuntimeException error) {
            deliveries(meters, ERROR).increment();
            log.error("Cannot save the attempt of delivery {}: due again when its lease ends", delivery.id(), error);
        }
    }
}
