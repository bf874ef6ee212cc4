package fr.mutualis.webhook.subscription.domain;

import java.util.List;

/**
 * What an administrator asks for, before {@link SubscriptionRules} checks it.
 *
 * @param integrator name of the integrator (the company or authority that receives the events)
 * @param url        where events are POSTed
 * @param topics     Kafka topics whose events are delivered
 * @param eventTypes only these {@code ce-type}s when not empty; every type otherwise
 */
public record SubscriptionDraft(String integrator, String url, List<String> topics, List<String> eventTypes) {

    public SubscriptionDraft {
        topics = topics == null ? List.of() : List.copyOf(topics);
        eventTypes = eventTypes == null ? List.of() : List.copyOf(eventTypes);
    }
}
