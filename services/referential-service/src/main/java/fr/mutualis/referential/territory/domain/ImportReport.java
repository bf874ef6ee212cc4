package fr.mutualis.referential.territory.domain;

import java.time.Instant;
import java.util.Map;

/**
 * What an import changed, per kind: a second import of the same version changes nothing.
 *
 * @param added   kind code → entities new in this version
 * @param updated kind code → entities whose name, codes, population or band changed
 * @param removed kind code → entities absent from this version (kept, marked removed: records may still name them)
 */
public record ImportReport(String version, Instant importedAt, Map<String, Integer> added,
                           Map<String, Integer> updated, Map<String, Integer> removed) {

    public ImportReport {
        added = Map.copyOf(added);
        updated = Map.copyOf(updated);
        removed = Map.copyOf(removed);
    }

    public boolean changedNothing() {
        return added.isEmpty() && updated.isEmpty() && removed.isEmpty();
    }
}
