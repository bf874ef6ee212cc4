package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.Objects;

/** Something that happened to an experience record, with the record right after it. */
public record ExperienceRecordChanged(Change change, ExperienceRecord record) {

    public ExperienceRecordChanged {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(record, "record");
    }

    /** The kinds of change; each is an event type of the public contract. */
    public enum Change {
        CREATED, UPDATED, PUBLISHED, ARCHIVED, CONTACT_ERASED
    }

    /** Version of the record after the change. */
    public long version() {
        return record.version();
    }

    public Instant occurredAt() {
        return record.updatedAt();
    }
}
