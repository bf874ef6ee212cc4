package fr.mutualis.search.experience.domain;

import fr.mutualis.search.shared.domain.ChangeRejectedException;
import fr.mutualis.search.shared.domain.IndexOutcome;
import fr.mutualis.search.shared.domain.IndexUnavailableException;
import java.util.List;
import java.util.Objects;

/**
 * Write side of the search index (port). Implementations must be idempotent and ordered by version: a change
 * carrying a version lower than or equal to the one already indexed for the same id is ignored and reported as
 * {@link IndexOutcome#STALE}, never applied.
 */
public interface ExperienceIndex {

    /** One change of the index, at the aggregate version of the event that asks for it. */
    sealed interface Change permits Put, Remove {

        String id();

        long version();
    }

    /** Stores the snapshot, a public record. */
    record Put(IndexedExperience experience) implements Change {

        public Put {
            Objects.requireNonNull(experience, "experience");
        }

        @Override
        public String id() {
            return experience.id();
        }

        @Override
        public long version() {
            return experience.version();
        }
    }

    /**
     * Removes the record. Removing an absent one applies: the index remembers the version, so a late older snapshot
     * cannot bring it back while Elasticsearch keeps the tombstone.
     */
    record Remove(String id, long version) implements Change {

        public Remove {
            Objects.requireNonNull(id, "id");
        }
    }

    /**
     * Applies the changes, grouped into as few requests as the index allows, each only if its version is newer than
     * the one the index holds.
     *
     * @return the outcome of each change, in order
     * @throws IndexUnavailableException when the index cannot be reached; the caller may retry all the changes
     * @throws ChangeRejectedException   when the index refuses a change, named by its position in {@code changes};
     *                                   retrying it will not help. The other changes were applied.
     */
    List<IndexOutcome> apply(List<Change> changes);

    /** Indexes the snapshot unless a newer or equal version is already there. */
    default IndexOutcome index(IndexedExperience experience) {
        return apply(List.of(new Put(experience))).get(0);
    }

    /** Removes the experience, unless the index holds a newer version of it. */
    default IndexOutcome remove(String id, long version) {
        return apply(List.of(new Remove(id, version))).get(0);
    }
}
