package fr.mutualis.experience.record.persistence;

import fr.mutualis.experience.record.domain.ExperienceRecordSnapshot;
import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of experience events: the record after the change, serialized as JSON with ISO-8601 instants.
 * Kept apart from the domain's snapshot so that the published contract changes only on purpose.
 *
 * @param axes   axis codes, e.g. {@code ["open-data", "e-inclusion"]}
 * @param status status code, e.g. {@code published}
 */
public record ExperienceRecordPayload(
        String id,
        String title,
        String summary,
        String siren,
        List<String> axes,
        String status,
        boolean demo,
        Instant createdAt,
        Instant updatedAt) {

    static ExperienceRecordPayload of(ExperienceRecordSnapshot snapshot) {
        return new ExperienceRecordPayload(snapshot.id().toString(), snapshot.title(), snapshot.summary(),
                snapshot.siren(), snapshot.axes(), snapshot.status(), snapshot.demo(), snapshot.createdAt(),
                snapshot.updatedAt());
    }
}
