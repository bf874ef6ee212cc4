package fr.mutualis.experience.record.domain;

import fr.mutualis.experience.collectivite.domain.Collectivite;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A "retour d'expérience": how a member collectivité carried out a digital project, shared so that others can
 * benchmark against it. Immutable: each change gives a new instance whose {@link #version()} is one more, and the
 * {@link ExperienceRecordChanged event} that tells it.
 *
 * <p>{@code owner} and {@code partners} are the referential's descriptors of {@code content.siren()} and
 * {@code content.partnerSirens()} when the content was last written; {@code owner} is null only for records written
 * before the referential existed.
 */
public record ExperienceRecord(
        UUID id,
        ExperienceContent content,
        Collectivite owner,
        List<Collectivite> partners,
        ExperienceStatus status,
        boolean demo,
        long version,
        Instant createdAt,
        Instant updatedAt,
        Instant publishedAt,
        Instant archivedAt) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    public ExperienceRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        partners = List.copyOf(partners);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("version must be at least 1, was " + version);
        }
        if (updatedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("updatedAt " + updatedAt + " is before createdAt " + createdAt);
        }
        if (owner != null && !owner.siren().equals(content.siren().value())) {
            throw new IllegalArgumentException("owner " + owner.siren() + " is not the content's SIREN");
        }
    }

    /** A new draft at version 1, seen only by its collectivité until it is published. */
    public static ExperienceRecordChanged draft(UUID id, ExperienceContent content, Collectivite owner,
                                                List<Collectivite> partners, boolean demo, Instant now) {
        content.requirePlausibleDates(today(now));
        ExperienceRecord record = new ExperienceRecord(id, content, owner, partners, ExperienceStatus.DRAFT, demo, 1,
                now, now, null, null);
        return new ExperienceRecordChanged(ExperienceRecordChanged.Change.CREATED, record);
    }

    /**
     * The record with new content, one version later. Every update counts as a change, even one that rewrites the
     * same content: the author asked for it and the event tells consumers so.
     *
     * @throws ExperienceLifecycleException if the record is archived: restore it by publishing it again first
     */
    public ExperienceRecordChanged update(ExperienceContent newContent, Collectivite newOwner,
                                          List<Collectivite> newPartners, Instant now) {
        if (status == ExperienceStatus.ARCHIVED) {
            throw new ExperienceLifecycleException(id, ExperienceLifecycleException.Reason.ARCHIVED_IS_READ_ONLY);
        }
        newContent.requirePlausibleDates(today(now));
        ExperienceRecord updated = new ExperienceRecord(id, newContent, newOwner, newPartners, status, demo,
                version + 1, createdAt, later(now), publishedAt, archivedAt);
        return new ExperienceRecordChanged(ExperienceRecordChanged.Change.UPDATED, updated);
    }

    /**
     * Publishes a draft, or restores an archived record.
     *
     * @throws ExperienceLifecycleException if the record is already published
     */
    public ExperienceRecordChanged publish(Instant now) {
        if (status == ExperienceStatus.PUBLISHED) {
            throw new ExperienceLifecycleException(id, ExperienceLifecycleException.Reason.ALREADY_PUBLISHED);
        }
        Instant at = later(now);
        ExperienceRecord published = new ExperienceRecord(id, content, owner, partners, ExperienceStatus.PUBLISHED,
                demo, version + 1, createdAt, at, publishedAt == null ? at : publishedAt, null);
        return new ExperienceRecordChanged(ExperienceRecordChanged.Change.PUBLISHED, published);
    }

    /** @throws ExperienceLifecycleException if the record is already archived */
    public ExperienceRecordChanged archive(Instant now) {
        if (status == ExperienceStatus.ARCHIVED) {
            throw new ExperienceLifecycleException(id, ExperienceLifecycleException.Reason.ALREADY_ARCHIVED);
        }
        Instant at = later(now);
        ExperienceRecord archived = new ExperienceRecord(id, content, owner, partners, ExperienceStatus.ARCHIVED,
                demo, version + 1, createdAt, at, publishedAt, at);
        return new ExperienceRecordChanged(ExperienceRecordChanged.Change.ARCHIVED, archived);
    }

    /**
     * Erases the contact person, whatever the status: the person's right prevails over the archive.
     *
     * @return the change, or empty if the record has no contact (erasing twice changes nothing)
     */
    public Optional<ExperienceRecordChanged> eraseContact(Instant now) {
        if (content.contact() == null) {
            return Optional.empty();
        }
        ExperienceRecord erased = new ExperienceRecord(id, content.withoutContact(), owner, partners, status, demo,
                version + 1, createdAt, later(now), publishedAt, archivedAt);
        return Optional.of(new ExperienceRecordChanged(ExperienceRecordChanged.Change.CONTACT_ERASED, erased));
    }

    /** In France's time zone, where the agents' "today" is. */
    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, PARIS);
    }

    private Instant later(Instant now) {
        return now.isBefore(updatedAt) ? updatedAt : now;
    }

    @Override
    public String toString() {
        return "ExperienceRecord[id=" + id + ", version=" + version + ", status=" + status.code() + ", title="
                + content.title() + "]";
    }
}
