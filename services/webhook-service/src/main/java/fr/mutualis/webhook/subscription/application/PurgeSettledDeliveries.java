package fr.mutualis.webhook.subscription.application;

import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Keeps the delivery table small: delivered and cancelled deliveries, and the events no delivery needs, are deleted
 * once older than the retention. Dead letters stay until an administrator retries them.
 */
public class PurgeSettledDeliveries {

    private final DeliveryRepository deliveries;
    private final Duration retention;
    private final Clock clock;

    public PurgeSettledDeliveries(DeliveryRepository deliveries, Duration retention, Clock clock) {
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.retention = Objects.requireNonNull(retention, "retention");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return how many deliveries were deleted */
    public int purge() {
        return deliveries.purgeSettledBefore(clock.instant().minus(retention));
    }
}
