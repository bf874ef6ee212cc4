package fr.mutualis.webhook.subscription.application;

import fr.mutualis.audit.AuditTrail;
import fr.mutualis.audit.AuditedAct;
import fr.mutualis.webhook.subscription.domain.DeadLetter;
import fr.mutualis.webhook.subscription.domain.Delivery;
import fr.mutualis.webhook.subscription.domain.DeliveryNotDeadException;
import fr.mutualis.webhook.subscription.domain.DeliveryRepository;
import fr.mutualis.webhook.subscription.domain.SigningSecret;
import fr.mutualis.webhook.subscription.domain.Subscription;
import fr.mutualis.webhook.subscription.domain.SubscriptionDraft;
import fr.mutualis.webhook.subscription.domain.SubscriptionRepository;
import fr.mutualis.webhook.subscription.domain.SubscriptionRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** The administrator's use cases: subscriptions and their dead letters. */
public class ManageSubscriptions {

    /** What the audit trail names the acts on. */
    static final String TARGET = "webhook-subscription";

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final SubscriptionRules rules;
    private final SecureRandom random;
    private final AuditTrail audit;
    private final Clock clock;

    public ManageSubscriptions(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
                               SubscriptionRules rules, SecureRandom random, AuditTrail audit, Clock clock) {
        this.subscriptions = Objects.requireNonNull(subscriptions, "subscriptions");
        this.deliveries = Objects.requireNonNull(deliveries, "deliveries");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.random = Objects.requireNonNull(random, "random");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Creates an active subscription with a new signing secret; the caller shows the secret once.
     *
     * @throws fr.mutualis.webhook.subscription.domain.InvalidSubscriptionException when the draft breaks the rules
     */
    public Subscription create(SubscriptionDraft draft) {
        Subscription subscription = Subscription.create(UUID.randomUUID(), draft, rules,
                SigningSecret.generate(random), clock.instant());
        subscriptions.add(subscription);
        audit.record(AuditedAct.of("webhook.subscription.created", TARGET, subscription.id().toString())
                .with("integrator", subscription.integrator()).with("url", subscription.url().toString())
                .with("topics", subscription.topics()));
        return subscription;
    }

    public List<Subscription> list() {
        return subscriptions.findAll();
    }

    /** @throws SubscriptionNotFoundException when there is none */
    public Subscription get(UUID id) {
        return subscriptions.findById(id).orElseThrow(() -> new SubscriptionNotFoundException(id));
    }

    /**
     * Deactivates the subscription and cancels what it had pending; deactivating it again changes nothing.
     *
     * @throws SubscriptionNotFoundException when there is none
     */
    public void deactivate(UUID id) {
        get(id);
        subscriptions.deactivate(id, clock.instant());
        audit.record(AuditedAct.of("webhook.subscription.deactivated", TARGET, id.toString()));
    }

    /** @throws SubscriptionNotFoundException when there is none */
    public List<DeadLetter> deadLetters(UUID subscriptionId, int offset, int limit) {
        get(subscriptionId);
        return deliveries.findDead(subscriptionId, offset, limit);
    }

    /**
     * Makes a dead letter due again, with a full set of attempts.
     *
     * @throws SubscriptionNotFoundException  when there is no such subscription
     * @throws SubscriptionInactiveException  when it is deactivated
     * @throws DeliveryNotFoundException      when it has no such delivery
     * @throws DeliveryNotDeadException       when the delivery is not dead
     */
    public Delivery retryDeadLetter(UUID subscriptionId, UUID deliveryId) {
        Subscription subscription = get(subscriptionId);
        if (!subscription.active()) {
            throw new SubscriptionInactiveException(subscriptionId);
        }
        Delivery delivery = deliveries.findById(deliveryId)
                .filter(found -> found.subscriptionId().equals(subscriptionId))
                .orElseThrow(() -> new DeliveryNotFoundException(subscriptionId, deliveryId));
        Delivery retried = delivery.retried(clock.instant());
        if (!deliveries.reschedule(retried)) {
            // Retried by someone else in between: report what it is now.
            Delivery now = deliveries.findById(deliveryId).orElse(delivery);
            throw new DeliveryNotDeadException(deliveryId, now.status());
        }
        audit.record(AuditedAct.of("webhook.dead-letter.retried", TARGET, subscriptionId.toString())
                .with("delivery", deliveryId.toString()));
        return retried;
    }
}
