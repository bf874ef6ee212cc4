package fr.mutualis.experience.record.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /** One page of the records in one of {@code statuses}, of one collectivité or all if {@code siren} is null, newest first. */
    ExperienceRecordPage findNewestFirst(Set<ExperienceStatus> statuses, Siren siren, PageQuery query);

    /** The records whose contact person has this e-mail address, compared case-insensitively. */
    List<UUID> findIdsByContactEmail(String email);
}
