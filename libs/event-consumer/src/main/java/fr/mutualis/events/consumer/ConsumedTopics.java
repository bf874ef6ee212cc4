package fr.mutualis.events.consumer;

import java.util.List;

/**
 * Topics a service consumes, declared as a bean (one per feature if it likes): each gets its {@code <topic>.DLT},
 * created when missing. The consumed topics themselves belong to their producers and are not created here.
 */
public record ConsumedTopics(List<String> names) {

    public ConsumedTopics {
        names = List.copyOf(names);
    }

    public static ConsumedTopics of(String... names) {
        return new ConsumedTopics(List.of(names));
    }
}
