package fr.mutualis.webhook.subscription.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a subscription may ask for: an https endpoint (plain http only on the loopback interface, for development,
 * when allowed) and topics among those the service delivers.
 *
 * @param knownTopics topics a subscription may name, which are also the topics the service consumes
 * @param addresses   where endpoints may be; when it allows loopback (development), {@code http://127.0.0.1},
 *                    {@code http://localhost} and {@code http://[::1]} are accepted
 */
public record SubscriptionRules(Set<String> knownTopics, EndpointAddressPolicy addresses) {

    private static final int MAX_PORT = 65_535;

    public SubscriptionRules {
        if (knownTopics == null || knownTopics.isEmpty()) {
            throw new IllegalArgumentException("At least one known topic is needed");
        }
        knownTopics = Set.copyOf(new LinkedHashSet<>(knownTopics));
    }

    /** The violations of a draft, in the order of its fields; empty when it may become a subscription. */
    public List<Violation> check(SubscriptionDraft draft) {
        List<Violation> violations = new ArrayList<>();
        checkUrl(draft.url()).ifPresent(kind -> violations.add(new Violation("url", kind, draft.url())));
        for (int i = 0; i < draft.topics().size(); i++) {
            String topic = draft.topics().get(i);
            if (topic != null && !knownTopics.contains(topic)) {
                violations.add(new Violation("topics[" + i + "]", Violation.Kind.TOPIC_UNKNOWN, topic));
            }
        }
        return violations;
    }

    /** The endpoint of a draft that {@link #check} accepted. */
    static URI endpoint(String url) {
        return URI.create(url.strip());
    }

    private Optional<Violation.Kind> checkUrl(String text) {
        if (text == null) {
            return Optional.of(Violation.Kind.URL_MALFORMED);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Optional.of(Violation.Kind.URL_MALFORMED);
        }
        if (!uri.isAbsolute() || uri.isOpaque() || uri.getHost() == null || uri.getScheme() == null) {
            return Optional.of(Violation.Kind.URL_MALFORMED);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(Violation.Kind.URL_WITH_CREDENTIALS);
        }
        // java.net.URI takes any number for a port; -1 means none, the scheme's default.
        if (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > MAX_PORT)) {
            return Optional.of(Violation.Kind.URL_PORT_INVALID);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopbackHttp = scheme.equals("http") && addresses.allowsLoopback()
                && EndpointAddressPolicy.isLoopbackName(uri.getHost());
        if (!scheme.equals("https") && !loopbackHttp) {
            return Optional.of(Violation.Kind.URL_NOT_HTTPS);
        }
        if (addresses.internalAddressOf(uri).isPresent()) {
            return Optional.of(Violation.Kind.URL_INTERNAL_ADDRESS);
        }
        return Optional.empty();
    }
}
