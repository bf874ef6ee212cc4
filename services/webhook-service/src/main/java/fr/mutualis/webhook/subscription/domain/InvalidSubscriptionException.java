package fr.mutualis.webhook.subscription.domain;

import java.util.List;
import java.util.stream.Collectors;

/** A subscription request that breaks the rules of {@link SubscriptionRules}; every broken rule is listed. */
public class InvalidSubscriptionException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidSubscriptionException(List<Violation> violations) {
        super("Invalid subscription: " + violations.stream()
                .map(v -> v.field() + " " + v.kind()).collect(Collectors.joining(", ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("An invalid subscription breaks at least one rule");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
