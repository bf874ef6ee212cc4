package fr.mutualis.webhook.subscription.web;

import fr.mutualis.webhook.subscription.application.ReplayEvents;
import java.time.Instant;
import java.util.UUID;

/**
 * What a replay scheduled; the deliveries themselves follow, with the usual retries.
 *
 * @param eventsRead           events of the subscription's topics published since {@code from}
 * @param deliveriesScheduled  deliveries created or made due again (after the type filter; a delivery still pending
 *                             is not counted twice)
 */
public record ReplayResponse(UUID subscriptionId, Instant from, long eventsRead, long deliveriesScheduled) {

    static ReplayResponse of(ReplayEvents.Report report) {
        return new ReplayResponse(report.subscriptionId(), report.from(), report.eventsRead(), report.scheduled());
    }
}
