package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.domain.ExperienceRecord;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An experience record as the API shows it. {@code version} is also the {@code ETag} of the record.
 *
 * @param axes   the axes, with code and French label
 * @param status the status, with code and French label
 */
public record ExperienceResponse(
        UUID id,
        String title,
        String summary,
        String siren,
        List<Labelled> axes,
        Labelled status,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt) {

    /** A code and its French label, e.g. {@code {"code": "open-data", "label": "Open data"}}. */
    public record Labelled(String code, String label) {
    }

    static ExperienceResponse of(ExperienceRecord record) {
        return new ExperienceResponse(
                record.id(),
                record.content().title(),
                record.content().summary(),
                record.content().siren().value(),
                record.content().axes().stream().map(axis -> new Labelled(axis.code(), axis.label())).toList(),
                new Labelled(record.status().code(), record.status().label()),
                record.demo(),
                record.version(),
                record.createdAt(),
                record.updatedAt());
    }
}
