package fr.mutualis.webhook.subscription.domain;

import java.util.Objects;

/**
 * One rule of a subscription that a request breaks. The domain says which rule; the web layer words it in French.
 *
 * @param field    path of the field as the client sent it, e.g. {@code url} or {@code topics[1]}
 * @param kind     the rule broken
 * @param rejected the value refused
 */
public record Violation(String field, Kind kind, String rejected) {

    public enum Kind {
        /** The URL cannot be parsed, is not absolute, or has no host. */
        URL_MALFORMED,
        /** The port is outside 1 to 65535: no connection could ever be made. */
        URL_PORT_INVALID,
        /** Neither https nor, when allowed, http on the loopback interface. */
        URL_NOT_HTTPS,
        /** The URL carries a user name or password: they would be shown to whoever lists subscriptions. */
        URL_WITH_CREDENTIALS,
        /** The host is, or resolves to, a machine of an internal network (see EndpointAddressPolicy). */
        URL_INTERNAL_ADDRESS,
        /** Not one of the topics the service delivers. */
        TOPIC_UNKNOWN
    }

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(kind, "kind");
    }
}
