package fr.mutualis.events.consumer;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes each listener's {@link EventReader}:
 * {@code readers.reader(ExperienceSnapshot.class, "experience.record.created.v1", "experience.record.updated.v1")}.
 */
public final class EventReaders {

    // Its own mapper: what a consumer accepts must not depend on the application's JSON settings. Unknown properties
    // are ignored, since the schema did the strict check and additive changes must not break consumers.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final MeterRegistry meters;

    public EventReaders(MeterRegistry meters) {
        this.meters = Objects.requireNonNull(meters, "meters");
    }

    /**
     * @param dataType   the consumer's record for the events' {@code data}
     * @param eventTypes the contracts it handles, as {@code <eventType>.v<schemaVersion>}, e.g.
     *                   {@code experience.record.created.v1}
     * @throws IllegalArgumentException when one of them has no contract in {@code contracts/events}
     */
    public <T> EventReader<T> reader(Class<T> dataType, String... eventTypes) {
        return reader(dataType, List.of(eventTypes));
    }

    /** As {@link #reader(Class, String...)}, e.g. with every published contract. */
    public <T> EventReader<T> reader(Class<T> dataType, Collection<String> eventTypes) {
        return new EventReader<>(Objects.requireNonNull(dataType, "dataType"), Set.copyOf(eventTypes), JSON, meters);
    }
}
