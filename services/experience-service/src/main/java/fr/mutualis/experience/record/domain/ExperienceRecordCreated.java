package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.Objects;

/** A record was created; {@code version} is 1. */
public record ExperienceRecordCreated(ExperienceRecordSnapshot snapshot, long version, Instant occurredAt)
        implements ExperienceRecordEvent {

    public ExperienceRecordCreated {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static ExperienceRecordCreated of(ExperienceRecord record) {
        return new ExperienceRecordCreated(record.snapshot(), record.version(), record.updatedAt());
    }
}
