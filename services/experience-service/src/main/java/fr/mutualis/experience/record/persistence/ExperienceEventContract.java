package fr.mutualis.experience.record.persistence;

import fr.mutualis.experience.record.domain.ExperienceRecordChanged.Change;

/**
 * Names of the events experience-service publishes, as consumers see them: the outbox row's {@code type} and the
 * envelope's {@code eventType}, {@code schemaVersion} and {@code aggregateType}. The JSON Schema of the envelope's
 * {@code data} is {@link ExperienceRecordPayload}.
 */
public final class ExperienceEventContract {

    /** Routes the events to topic {@code mutualis.experience.events}. */
    public static final String AGGREGATE_TYPE = "experience";
    public static final String CREATED = "experience.record.created";
    public static final String UPDATED = "experience.record.updated";
    public static final String PUBLISHED = "experience.record.published";
    public static final String ARCHIVED = "experience.record.archived";
    public static final String CONTACT_ERASED = "experience.record.contact-erased";
    /** Major version of the events' JSON Schema; a breaking change of {@link ExperienceRecordPayload} raises it. */
    public static final int SCHEMA_VERSION = 1;

    private ExperienceEventContract() {
    }

    static String eventType(Change change) {
        return switch (change) {
            case CREATED -> CREATED;
            case UPDATED -> UPDATED;
            case PUBLISHED -> PUBLISHED;
            case ARCHIVED -> ARCHIVED;
            case CONTACT_ERASED -> CONTACT_ERASED;
        };
    }
}
