package fr.mutualis.webhook.subscription.domain;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * An integrator's order to receive the events of some topics, optionally of some types only, at an https URL.
 * A subscription is never deleted, only deactivated: its deliveries stay explained.
 *
 * @param id            generated
 * @param integrator    who receives, e.g. {@code Éditeur GFI — logiciel finances}
 * @param url           where events are POSTed
 * @param topics        Kafka topics whose events are delivered, without duplicates
 * @param eventTypes    only these {@code ce-type}s when not empty; every type otherwise
 * @param secret        signs every delivery
 * @param active        false once deactivated: it then receives nothing, not even what was pending
 * @param createdAt     creation time
 * @param deactivatedAt deactivation time, null while active
 */
public record Subscription(UUID id, String integrator, URI url, List<String> topics, List<String> eventTypes,
                           SigningSecret secret, boolean active, Instant createdAt, Instant deactivatedAt) {

    public Subscription {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(createdAt, "createdAt");
        if (integrator == null || integrator.isBlank()) {
            throw new IllegalArgumentException("integrator must not be blank");
        }
        topics = distinct(topics, "topics");
        eventTypes = eventTypes == null ? List.of() : distinct(eventTypes, "eventTypes");
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("A subscription has at least one topic");
        }
        if (active != (deactivatedAt == null)) {
            throw new IllegalArgumentException("deactivatedAt is set exactly when the subscription is inactive");
        }
    }

    /**
     * A new active subscription.
     *
     * @throws InvalidSubscriptionException when the draft breaks the rules
     */
    public static Subscription create(UUID id, SubscriptionDraft draft, SubscriptionRules rules, SigningSecret secret,
                                      Instant now) {
        List<Violation> violations = rules.check(draft);
        if (!violations.isEmpty()) {
            throw new InvalidSubscriptionException(violations);
        }
        return new Subscription(id, draft.integrator().strip(), SubscriptionRules.endpoint(draft.url()),
                draft.topics().stream().map(String::strip).toList(),
                draft.eventTypes().stream().map(String::strip).toList(), secret, true, now, null);
    }

    /** Whether an event of this type read from this topic is to be delivered to this subscription. */
    public boolean matches(String topic, String eventType) {
        return active && topics.contains(topic) && (eventTypes.isEmpty() || eventTypes.contains(eventType));
    }

    /** Whether this subscription wants the event. */
    public boolean matches(ConsumedEvent consumed) {
        return matches(consumed.topic(), consumed.event().type());
    }

    /** The same subscription, deactivated at {@code now}; an inactive one stays as it is. */
    public Subscription deactivated(Instant now) {
        return active ? new Subscription(id, integrator, url, topics, eventTypes, secret, false, createdAt, now) : this;
    }

    private static List<String> distinct(List<String> values, String name) {
        Objects.requireNonNull(values, name);
        for (String value : values) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(name + " must not hold blank values");
            }
        }
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
