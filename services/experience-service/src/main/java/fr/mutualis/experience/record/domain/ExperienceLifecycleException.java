package fr.mutualis.experience.record.domain;

import java.util.UUID;

/** The change is not allowed in the record's current status. */
public class ExperienceLifecycleException extends RuntimeException {

    /** Why the change is refused. */
    public enum Reason {
        ALREADY_PUBLISHED, ALREADY_ARCHIVED, ARCHIVED_IS_READ_ONLY
    }

    private final UUID id;
    private final Reason reason;

    public ExperienceLifecycleException(UUID id, Reason reason) {
        super("Record " + id + ": " + reason);
        this.id = id;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public Reason reason() {
        return reason;
    }
}
