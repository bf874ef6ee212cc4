package fr.mutualis.experience.record.application;

import java.util.UUID;

/** No experience record has this id. */
public final class ExperienceRecordNotFoundException extends RuntimeException {

    private final UUID id;

    public ExperienceRecordNotFoundException(UUID id) {
        super("No experience record " + id);
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
