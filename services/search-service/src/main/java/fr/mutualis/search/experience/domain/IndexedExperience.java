package fr.mutualis.search.experience.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An experience ("retour d'expérience") as the search index holds it: the searchable part of experience-service's
 * snapshot, tagged with the version of the aggregate it was taken from.
 *
 * @param id        the experience's id, also the document id in the index
 * @param title     title of the experience, searched with the highest weight
 * @param summary   free-text summary, may be empty
 * @param siren     SIREN of the member authority that shared the experience (9 digits)
 * @param axes      thematic axes, e.g. {@code dematerialisation}
 * @param status    lifecycle status in experience-service, e.g. {@code published}
 * @param demo      true for demonstration content
 * @param createdAt creation time in experience-service
 * @param updatedAt last change in experience-service
 * @param version   aggregate version the snapshot was taken at; the index never goes back to an older one
 * @param details   the rest of the record as the event carries it (description, collectivite, budget…), with the
 *                  fields {@link SearchFields#derive} adds; plain JSON values (maps, lists, strings, numbers)
 */
public record IndexedExperience(
        String id,
        String title,
        String summary,
        String siren,
        List<String> axes,
        String status,
        boolean demo,
        Instant createdAt,
        Instant updatedAt,
        long version,
        Map<String, Object> details) {

    /** A snapshot with only the core fields, as the first version of the contract carried. */
    public IndexedExperience(String id, String title, String summary, String siren, List<String> axes, String status,
                             boolean demo, Instant createdAt, Instant updatedAt, long version) {
        this(id, title, summary, siren, axes, status, demo, createdAt, updatedAt, version, Map.of());
    }

    public IndexedExperience {
        requireText(id, "id");
        requireText(title, "title");
        requireText(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        summary = summary == null ? "" : summary;
        siren = siren == null ? "" : siren;
        axes = axes == null ? List.of() : List.copyOf(axes);
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
