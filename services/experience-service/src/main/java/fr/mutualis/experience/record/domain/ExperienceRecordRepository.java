package fr.mutualis.experience.record.domain;

import java.util.Optional;
import java.util.UUID;

/** Where experience records are kept. Implementations join the caller's transaction. */
public interface ExperienceRecordRepository {

    Optional<ExperienceRecord> findById(UUID id);

    /** Stores a new record; returns false, and changes nothing, if a record with this id already exists. */
    boolean insertIfAbsent(ExperienceRecord record);

    /**
     * Replaces the stored record by {@code record}, provided the stored one is still at {@code record.version() - 1};
     * returns false, and changes nothing, otherwise.
     */
    boolean updateFromPreviousVersion(ExperienceRecord record);

    /** One page of records, newest first. */
    ExperienceRecordPage findNewestFirst(PageQuery query);
}
