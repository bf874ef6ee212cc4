package fr.mutualis.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The envelope of every event a Mutualis service publishes through its outbox.
 *
 * <p>{@code aggregateVersion} grows by one with each change of the aggregate: consumers use it to ignore an event
 * that is older than, or the same as, what they already hold. {@code data} is a full snapshot of the aggregate, so
 * a consumer never needs to call the producer back.
 *
 * @param eventId          unique per event; consumers deduplicate on it
 * @param eventType        dotted name, e.g. {@code experience.record.updated}
 * @param schemaVersion    major version of the event's JSON Schema in {@code contracts/}
 * @param aggregateType    routes the event to topic {@code mutualis.<aggregateType>.events}
 * @param aggregateId      the message key: all events of one aggregate stay in order on one partition
 * @param aggregateVersion version of the aggregate after the change, starting at 1
 * @param occurredAt       when the change was committed by the producer
 * @param data             snapshot of the aggregate after the change
 */
public record EventEnvelope<T>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        String aggregateType,
        String aggregateId,
        long aggregateVersion,
        Instant occurredAt,
        T data) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        requireText(eventType, "eventType");
        requireText(aggregateType, "aggregateType");
        requireText(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(data, "data");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, was " + schemaVersion);
        }
        if (aggregateVersion < 1) {
            throw new IllegalArgumentException("aggregateVersion must be at least 1, was " + aggregateVersion);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
