package fr.mutualis.experience.record.application;

import java.util.UUID;

/** The client changed a record from a version that is no longer the current one. */
public final class VersionMismatchException extends RuntimeException {

    private final UUID id;
    private final long currentVersion;

    public VersionMismatchException(UUID id, long currentVersion) {
        super("Experience record " + id + " is at version " + currentVersion
                + ", not at the version the change was based on");
        this.id = id;
        this.currentVersion = currentVersion;
    }

    public UUID id() {
        return id;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
