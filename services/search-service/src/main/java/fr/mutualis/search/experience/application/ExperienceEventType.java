package fr.mutualis.search.experience.application;

import java.util.Arrays;
import java.util.Optional;

/**
 * The experience event types the search service understands. A type missing here is skipped (forward
 * compatibility): add it here, with the {@link Effect} it has on the index, when the contract gains it.
 */
public enum ExperienceEventType {

    RECORD_CREATED("experience.record.created", Effect.UPSERT_SNAPSHOT),
    RECORD_UPDATED("experience.record.updated", Effect.UPSERT_SNAPSHOT),
    /** The snapshot's status says published: the record enters the default search. */
    RECORD_PUBLISHED("experience.record.published", Effect.UPSERT_SNAPSHOT),
    /** Kept with status archived: found only when archived records are asked. */
    RECORD_ARCHIVED("experience.record.archived", Effect.UPSERT_SNAPSHOT),
    /** The snapshot has no contact: replacing the document erases the contact from the index. */
    RECORD_CONTACT_ERASED("experience.record.contact-erased", Effect.UPSERT_SNAPSHOT);

    /** What an event of the type does to the index. */
    public enum Effect {
        /** The event carries a full snapshot, which replaces any older one; a snapshot that is not public removes it. */
        UPSERT_SNAPSHOT,
        /** The experience leaves the index (e.g. archived). */
        REMOVE
    }

    private final String wireName;
    private final Effect effect;

    ExperienceEventType(String wireName, Effect effect) {
        this.wireName = wireName;
        this.effect = effect;
    }

    public String wireName() {
        return wireName;
    }

    public Effect effect() {
        return effect;
    }

    public static Optional<ExperienceEventType> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(type -> type.wireName.equals(wireName)).findFirst();
    }
}
