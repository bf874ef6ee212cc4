package fr.mutualis.experience.record.application;

import java.util.Set;

/**
 * The version(s) a client based its change on (HTTP {@code If-Match}), or none when it did not say.
 */
public sealed interface ExpectedVersion {

    /** Whether a record at {@code version} may be changed. */
    boolean allows(long version);

    /** The client did not say: any version may be changed (last writer wins). */
    static ExpectedVersion any() {
        return Any.INSTANCE;
    }

    /** Only a record at one of these versions may be changed; an empty set allows none. */
    static ExpectedVersion oneOf(Set<Long> versions) {
        return new OneOf(Set.copyOf(versions));
    }

    enum Any implements ExpectedVersion {
        INSTANCE;

        @Override
        public boolean allows(long version) {
            return true;
        }
    }

    record OneOf(Set<Long> versions) implements ExpectedVersion {

        @Override
        public boolean allows(long version) {
            return versions.contains(version);
        }
    }
}
