package fr.mutualis.webhook.subscription.application;

import java.util.UUID;

/** The subscription has no delivery with this id. */
public class DeliveryNotFoundException extends RuntimeException {

    private final UUID subscriptionId;
    private final UUID deliveryId;

    public DeliveryNotFoundException(UUID subscriptionId, UUID deliveryId) {
        super("Subscription " + subscriptionId + " has no delivery " + deliveryId);
        this.subscriptionId = subscriptionId;
        this.deliveryId = deliveryId;
    }

    public UUID subscriptionId() {
        return subscriptionId;
    }

    public UUID deliveryId() {
        return deliveryId;
    }
}
