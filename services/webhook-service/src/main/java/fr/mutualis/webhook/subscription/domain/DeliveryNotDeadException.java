package fr.mutualis.webhook.subscription.domain;

import java.util.UUID;

/** Only a dead letter can be retried: a pending delivery is already going to be, a delivered one was. */
public class DeliveryNotDeadException extends RuntimeException {

    private final UUID deliveryId;
    private final DeliveryStatus status;

    public DeliveryNotDeadException(UUID deliveryId, DeliveryStatus status) {
        super("Delivery " + deliveryId + " is " + status + ", not DEAD");
        this.deliveryId = deliveryId;
        this.status = status;
    }

    public UUID deliveryId() {
        return deliveryId;
    }

    public DeliveryStatus status() {
        return status;
    }
}
