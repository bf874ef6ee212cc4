package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Plain values of a record after a change, for events: a consumer rebuilds its own view from it without calling
 * the service back.
 *
 * @param axes   axis codes, in the study's order
 * @param status status code, e.g. {@code published}
 */
public record ExperienceRecordSnapshot(
        UUID id,
        String title,
        String summary,
        String siren,
        List<String> axes,
        String status,
        boolean demo,
        Instant createdAt,
        Instant updatedAt) {

    public ExperienceRecordSnapshot {
        axes = List.copyOf(axes);
    }
}
