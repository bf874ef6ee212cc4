package fr.mutualis.experience.record.application;

import java.util.UUID;

/** Another change of the same record was committed while this one was being made. */
public final class ConcurrentUpdateException extends RuntimeException {

    private final UUID id;

    public ConcurrentUpdateException(UUID id) {
        super("Experience record " + id + " was changed concurrently");
        this.id = id;
    }

    public UUID id() {
        return id;
    }
}
