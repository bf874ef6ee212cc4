package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.Objects;

/** The content of a record changed. */
public record ExperienceRecordUpdated(ExperienceRecordSnapshot snapshot, long version, Instant occurredAt)
        implements ExperienceRecordEvent {

    public ExperienceRecordUpdated {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    public static ExperienceRecordUpdated of(ExperienceRecord record) {
        return new ExperienceRecordUpdated(record.snapshot(), record.version(), record.updatedAt());
    }
}
