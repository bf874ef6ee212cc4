package fr.mutualis.webhook.subscription.domain;

/** Where a delivery of one event to one subscription stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt, or being attempted. */
    PENDING,
    /** The receiver answered 2xx. */
    DELIVERED,
    /** Every attempt failed: a dead letter, until an administrator retries it. */
    DEAD,
    /** Its subscription was deactivated before it was delivered. */
    CANCELLED
}
