package fr.mutualis.search.experience.domain;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

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
 *                  fields {@link SearchFields#derive} adds; plain JSON values (maps, lists, strings, numbers). A
 *                  {@code contact} without its consent date ({@code consentAt}) is left out: personal data is shown
 *                  only with the person's consent (ADR 0011)
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

    /** The statuses anyone may read (ADR 0011): a draft is its collectivité's only, so it is never indexed. */
    public static final Set<String> PUBLIC_STATUSES = Set.of("published", "archived");
    /** Record ids are UUIDs (contract {@code experience.record.v1}); anything else names no record. */
    private static final Pattern RECORD_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

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
        details = details == null ? Map.of() : Collections.unmodifiableMap(withConsentedContactOnly(details));
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
    }

    /** Whether anyone may read the record: only such records are in the index. */
    public boolean isPublic() {
        return PUBLIC_STATUSES.contains(status);
    }

    /** Whether the text has the form of a record id. */
    public static boolean isRecordId(String id) {
        return id != null && RECORD_ID.matcher(id).matches();
    }

    private static Map<String, Object> withConsentedContactOnly(Map<String, Object> details) {
        Map<String, Object> copy = new LinkedHashMap<>(details);
        if (!(copy.get("contact") instanceof Map<?, ?> contact && contact.get("consentAt") != null)) {
            copy.remove("contact");
        }
        return copy;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
