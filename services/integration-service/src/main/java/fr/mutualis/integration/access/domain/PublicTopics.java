package fr.mutualis.integration.access.domain;

import java.util.List;
import java.util.Map;

/**
 * The topics integrators may be granted, with what they carry. Anything else (Connect's topics, dead letters,
 * internal state) can never be granted.
 */
public record PublicTopics(Map<String, String> descriptions) {

    public PublicTopics {
        descriptions = Map.copyOf(descriptions);
    }

    /** The topics of {@code requested} that are not public, in the order given. */
    public List<String> notGrantable(List<String> requested) {
        return requested.stream().filter(topic -> !descriptions.containsKey(topic)).toList();
    }
}
