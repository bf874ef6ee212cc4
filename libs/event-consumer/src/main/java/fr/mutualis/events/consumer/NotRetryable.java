package fr.mutualis.events.consumer;

import java.util.List;

/**
 * Failures of a service's own that retrying will not fix, declared as a bean: like a {@link MalformedEventException},
 * the record goes to its dead-letter topic at once. Lets a domain exception join the policy without the domain
 * knowing Kafka.
 */
public record NotRetryable(List<Class<? extends Exception>> exceptions) {

    public NotRetryable {
        exceptions = List.copyOf(exceptions);
    }

    @SafeVarargs
    public static NotRetryable of(Class<? extends Exception>... exceptions) {
        return new NotRetryable(List.of(exceptions));
    }
}
