package fr.mutualis.experience.record.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A "retour d'expérience": how a member collectivité carried out a digital project, shared so that others can
 * benchmark against it. Immutable: each change gives a new instance whose {@link #version()} is one more.
 *
 * <p>The version starts at 1 and is the aggregate version of the events published for the record.
 */
public final class ExperienceRecord {

    private final UUID id;
    private final ExperienceContent content;
    private final ExperienceStatus status;
    private final boolean demo;
    private final long version;
    private final Instant createdAt;
    private final Instant updatedAt;

    private ExperienceRecord(UUID id, ExperienceContent content, ExperienceStatus status, boolean demo, long version,
                             Instant createdAt, Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.content = Objects.requireNonNull(content, "content");
        this.status = Objects.requireNonNull(status, "status");
        this.demo = demo;
        this.version = version;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " is before createdAt " + createdAt);
        }
    }

    /** A new record, published at once, at version 1. */
    public static ExperienceRecord create(UUID id, ExperienceContent content, boolean demo, Instant now) {
        return new ExperienceRecord(id, content, ExperienceStatus.PUBLISHED, demo, 1, now, now);
    }

    /** A record as it was stored. */
    public static ExperienceRecord restore(UUID id, ExperienceContent content, ExperienceStatus status, boolean demo,
                                           long version, Instant createdAt, Instant updatedAt) {
        return new ExperienceRecord(id, content, status, demo, version, createdAt, updatedAt);
    }

    /**
     * The record with new content, one version later. Every update counts as a change, even one that rewrites the
     * same content: the author asked for it and the event tells consumers so.
     */
    public ExperienceRecord update(ExperienceContent newContent, Instant now) {
        Instant updated = now.isBefore(createdAt) ? createdAt : now;
        return new ExperienceRecord(id, newContent, status, demo, version + 1, createdAt, updated);
    }

    /** The state after the last change, as events carry it. */
    public ExperienceRecordSnapshot snapshot() {
        return new ExperienceRecordSnapshot(id, content.title(), content.summary(), content.siren().value(),
                content.axes().stream().map(Axis::code).toList(), status.code(), demo, createdAt, updatedAt);
    }

    public UUID id() {
        return id;
    }

    public ExperienceContent content() {
        return content;
    }

    public ExperienceStatus status() {
        return status;
    }

    public boolean demo() {
        return demo;
    }

    public long version() {
        return version;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExperienceRecord that && id.equals(that.id) && version == that.version
                && demo == that.demo && content.equals(that.content) && status == that.status
                && createdAt.equals(that.createdAt) && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    @Override
    public String toString() {
        return "ExperienceRecord[id=" + id + ", version=" + version + ", title=" + content.title() + "]";
    }
}
