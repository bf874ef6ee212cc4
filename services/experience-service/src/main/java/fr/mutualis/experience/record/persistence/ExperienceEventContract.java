package fr.mutualis.experience.record.persistence;

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
    /** Major version of the events' JSON Schema; a breaking change of {@link ExperienceRecordPayload} raises it. */
    public static final int SCHEMA_VERSION = 1;

    private ExperienceEventContract() {
    }
}
