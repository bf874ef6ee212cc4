package fr.mutualis.experience.record.domain;

import java.time.Instant;

/** Something that happened to an experience record, with the record's state right after it. */
public sealed interface ExperienceRecordEvent permits ExperienceRecordCreated, ExperienceRecordUpdated {

    ExperienceRecordSnapshot snapshot();

    /** Version of the record after the change. */
    long version();

    Instant occurredAt();
}
