package fr.mutualis.search.experience.application;

import fr.mutualis.search.experience.domain.IndexedExperience;

import java.util.Objects;
import java.util.UUID;

/** A validated experience event, decoupled from its wire format. */
public sealed interface ExperienceEvent permits ExperienceEvent.SnapshotChanged, ExperienceEvent.Removed {

    UUID eventId();

    ExperienceEventType type();

    String aggregateId();

    long aggregateVersion();

    /** Created, updated: the event carries the full snapshot of the experience after the change. */
    record SnapshotChanged(UUID eventId, ExperienceEventType type, IndexedExperience snapshot)
            implements ExperienceEvent {

        public SnapshotChanged {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(snapshot, "snapshot");
            if (type.effect() != ExperienceEventType.Effect.UPSERT_SNAPSHOT) {
                throw new IllegalArgumentException(type + " does not carry a snapshot");
            }
        }

        @Override
        public String aggregateId() {
            return snapshot.id();
        }

        @Override
        public long aggregateVersion() {
            return snapshot.version();
        }
    }

    /** The experience leaves the search (e.g. archived): only its id and version matter. */
    record Removed(UUID eventId, ExperienceEventType type, String aggregateId, long aggregateVersion)
            implements ExperienceEvent {

        public Removed {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(aggregateId, "aggregateId");
            if (type.effect() != ExperienceEventType.Effect.REMOVE) {
                throw new IllegalArgumentException(type + " does not remove an experience");
            }
        }
    }
}
