package fr.mutualis.webhook.subscription.delivery;

import fr.mutualis.webhook.subscription.application.DeliverDueWebhooks;
import fr.mutualis.webhook.subscription.application.PurgeSettledDeliveries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The clock of the deliveries: every {@code mutualis.webhook.delivery.poll-interval} it starts the due deliveries,
 * every {@code mutualis.webhook.retention.purge-interval} it purges the settled ones. Each instance of the service
 * runs one; they share the work through the database.
 */
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliverDueWebhooks deliverDueWebhooks;
    private final PurgeSettledDeliveries purgeSettledDeliveries;

    public DeliveryWorker(DeliverDueWebhooks deliverDueWebhooks, PurgeSettledDeliveries purgeSettledDeliveries) {
        this.deliverDueWebhooks = deliverDueWebhooks;
        this.purgeSettledDeliveries = purgeSettledDeliveries;
    }

    @Scheduled(fixedDelayString = "${mutualis.webhook.delivery.poll-interval}")
    public void sendDue() {
        try {
            int started;
            do {
                started = deliverDueWebhooks.sendDue();
            } while (started > 0 && !Thread.currentThread().isInterrupted());
        } catch (RuntimeException e) {
            log.warn("Cannot claim due deliveries, trying again at the next tick: {}", e.getMessage());
        }
    }

    @Scheduled(fixedDelayString = "${mutualis.webhook.retention.purge-interval}",
            initialDelayString = "${mutualis.webhook.retention.purge-interval}")
    public void purge() {
        try {
            int purged = purgeSettledDeliveries.purge();
            if (purged > 0) {
                log.info("Purged {} settled deliveries", purged);
            }
        } catch (RuntimeException e) {
            log.warn("Cannot purge settled deliveries, trying again later: {}", e.getMessage());
        }
    }
}
