package fr.mutualis.webhook.subscription.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Where deliveries, and the events they carry, are kept: the outbox of the webhooks. */
public interface DeliveryRepository {

    /**
     * Keeps the event and a delivery due now for each subscription, at once; a delivery that exists already for a
     * (subscription, event) pair is left as it is, so an event read twice is delivered once. An event that
     * {@linkplain CloudEvent#erasesContact() erases a contact} removes {@code data.contact} from the stored events of
     * its aggregate (topic and subject) with a lower {@code aggregateVersion}, in the same transaction: their pending,
     * dead and replayed deliveries send the event without it. The event itself is kept as the producer wrote it.
     *
     * @return how many deliveries were created
     */
    int recordNew(ConsumedEvent event, Collection<UUID> subscriptionIds, Instant now);

    /**
     * For a replay: like {@link #recordNew}, but a delivered, dead or cancelled delivery of the pair is due again,
     * with a full set of attempts. A pending one is left as it is: it will be delivered anyway. Erasures are applied
     * as by {@link #recordNew}.
     *
     * @return how many deliveries were created or made due again
     */
    int recordAgain(Collection<ConsumedEvent> events, UUID subscriptionId, Instant now);

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, of active subscriptions, oldest due first: they are
     * not due again before {@code leaseUntil}, so no other worker takes them meanwhile, and a worker that dies does
     * not lose them.
     */
    List<DueDelivery> claimDue(Instant now, int limit, Instant leaseUntil);

    /**
     * Saves the outcome of an attempt, unless the delivery stopped being pending meanwhile (its subscription was
     * deactivated).
     *
     * @return false when it was not saved
     */
    boolean saveAttempt(Delivery delivery);

    Optional<Delivery> findById(UUID deliveryId);

    /** Makes a dead delivery due again; false when it is no longer dead. */
    boolean reschedule(Delivery retried);

    /** The dead letters of a subscription, the most recently failed first. */
    List<DeadLetter> findDead(UUID subscriptionId, int offset, int limit);

    /**
     * Deletes the deliveries delivered or cancelled before {@code before}, and the events no delivery needs any
     * more that were read before it.
     *
     * @return how many deliveries were deleted
     */
    int purgeSettledBefore(Instant before);
}
