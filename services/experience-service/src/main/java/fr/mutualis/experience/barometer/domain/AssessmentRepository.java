package fr.mutualis.experience.barometer.domain;

import java.util.List;
import java.util.UUID;

/** Where self-assessments are kept, and the outbox their events go through. Implementations join the caller's transaction. */
public interface AssessmentRepository {

    /** How many assessments the collectivité has recorded. */
    long countOf(String siren);

    /** @return false, and nothing is stored, if an assessment with this id exists */
    boolean insertIfAbsent(Assessment assessment);

    /** The collectivité's assessments, newest first (by date assessed, then recorded). */
    List<Assessment> historyOf(String siren);

    boolean exists(UUID id);

    /** Writes the {@code barometer.assessment.recorded} event of an assessment just stored. */
    void publishRecorded(Assessment assessment);
}
