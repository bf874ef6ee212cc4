package fr.mutualis.search.experience.messaging;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import fr.mutualis.events.EventEnvelope;
import fr.mutualis.events.consumer.MalformedEventException;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.domain.SearchFields;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search reads of experience-service's record snapshot, the {@code data} of every experience event
 * ({@code contracts/events/experience.record.v1.schema.json}, checked by the reader before binding).
 *
 * @param others the record's other properties, of which only {@link #DETAILS} reach the index
 */
record ExperienceSnapshot(String id, String title, String summary, String siren, List<String> axes, String status,
                          boolean demo, Instant createdAt, Instant updatedAt,
                          @JsonAnySetter Map<String, Object> others) {

    /**
     * The parts of the record the index holds beyond the core fields. Others are left out: a property added to the
     * contract later must not be refused by the index's strict mapping.
     */
    private static final Set<String> DETAILS = Set.of("description", "collectivite", "partners", "actionCategory",
            "policyDomains", "step", "startDate", "endDate", "budget", "results", "indicators", "lessons",
            "reusableAssets", "links", "contact", "publishedAt", "archivedAt");

    /** The event as the use case takes it. */
    static ExperienceEvent event(EventEnvelope<ExperienceSnapshot> envelope) {
        ExperienceEventType type = ExperienceEventType.fromWireName(envelope.eventType()).orElseThrow();
        return switch (type.effect()) {
            case UPSERT_SNAPSHOT -> new ExperienceEvent.SnapshotChanged(
                    envelope.eventId(), type, envelope.data().indexed(envelope));
            case REMOVE -> new ExperienceEvent.Removed(
                    envelope.eventId(), type, envelope.aggregateId(), envelope.aggregateVersion());
        };
    }

    private IndexedExperience indexed(EventEnvelope<ExperienceSnapshot> envelope) {
        // The schema cannot tie data.id to the envelope: a snapshot filed under another record would overwrite it.
        if (!id.equals(envelope.aggregateId())) {
            throw new MalformedEventException(
                    "data.id '" + id + "' differs from aggregateId '" + envelope.aggregateId() + "'");
        }
        Map<String, Object> details = new LinkedHashMap<>(others == null ? Map.of() : others);
        details.keySet().retainAll(DETAILS);
        try {
            return new IndexedExperience(id, title, summary, siren, axes, status, demo, createdAt, updatedAt,
                    envelope.aggregateVersion(), SearchFields.derive(details, createdAt));
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException("Invalid experience snapshot: " + e.getMessage(), e);
        }
    }
}
