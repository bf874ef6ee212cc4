package fr.mutualis.webhook.subscription.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where subscriptions are kept. */
public interface SubscriptionRepository {

    void add(Subscription subscription);

    Optional<Subscription> findById(UUID id);

    /** Every subscription, active or not, oldest first. */
    List<Subscription> findAll();

    /** The active subscriptions that name this topic. */
    List<Subscription> findActiveOn(String topic);

    /**
     * Deactivates the subscription and cancels its pending deliveries, at once.
     *
     * @return false when it was already inactive
     */
    boolean deactivate(UUID id, Instant now);
}
