package fr.mutualis.portal.administration;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that subscribes an integrator's HTTPS address to topics: {@code POST /api/webhooks/subscriptions}.
 *
 * @param integrateur who receives the events (any name: a webhook needs no Kafka account)
 * @param sujets      the topics checked
 * @param types       optional filter on the event types, one per line (commas and spaces separate them too)
 */
record SubscriptionForm(String integrateur, String url, List<String> sujets, String types) {

    static final Map<String, String> FIELDS = FormErrors.fields("integrator", "integrateur", "url", "url", "topics", "sujets",
            "eventTypes", "types");

    SubscriptionForm {
        sujets = sujets == null ? List.of() : List.copyOf(sujets);
    }

    static SubscriptionForm empty() {
        return new SubscriptionForm("", "", List.of(), "");
    }

    Map<String, Object> toRequest() {
        Map<String, Object> body = new HashMap<>();
        body.put("integrator", integrateur == null ? "" : integrateur.strip());
        body.put("url", url == null ? "" : url.strip());
        body.put("topics", sujets);
        List<String> eventTypes = eventTypes();
        // No filter at all, rather than an empty one: every event of the topics is delivered.
        body.put("eventTypes", eventTypes.isEmpty() ? null : eventTypes);
        return body;
    }

    List<String> eventTypes() {
        return types == null ? List.of() : Arrays.stream(types.split("[\\s,;]+")).filter(type -> !type.isEmpty())
                .distinct().toList();
    }

    public boolean checks(String topic) {
        return sujets.contains(topic);
    }
}
