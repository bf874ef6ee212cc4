package fr.mutualis.referential.territory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What importing a version changes in the stored referential: entities to write (new or different) and entities
 * to mark removed. Syndicats, registered by hand, are never removed by an import; a SIREN an administrator gave a
 * council survives a package that gives none, unless the package gives that SIREN to another entity.
 */
public record ImportPlan(List<StoredTerritory> toWrite, List<String> toRemove, ImportReport report) {

    public static ImportPlan between(Map<String, StoredTerritory> current, OfficialReferential next, Instant now) {
        Map<String, PopulationBand> bands = next.bands();
        Set<String> givenSirens = next.territories().stream().map(Territory::siren).filter(siren -> siren != null)
                .collect(Collectors.toSet());
        List<StoredTerritory> toWrite = new ArrayList<>();
        Map<String, Integer> added = new TreeMap<>();
        Map<String, Integer> updated = new TreeMap<>();
        for (Territory territory : next.territories()) {
            StoredTerritory existing = current.get(territory.key());
            Territory merged = existing == null || territory.siren() != null
                    || givenSirens.contains(existing.territory().siren()) ? territory
                    : withSiren(territory, existing.territory().siren());
            StoredTerritory candidate = new StoredTerritory(merged, bands.get(territory.key()), false);
            if (existing == null) {
                toWrite.add(candidate);
                added.merge(territory.kind().code(), 1, Integer::sum);
            } else if (!existing.equals(candidate)) {
                toWrite.add(candidate);
                updated.merge(territory.kind().code(), 1, Integer::sum);
            }
        }
        Set<String> keys = next.territories().stream().map(Territory::key).collect(Collectors.toSet());
        List<StoredTerritory> gone = current.values().stream()
                .filter(stored -> !stored.removed() && stored.territory().kind() != Kind.SYNDICAT)
                .filter(stored -> !keys.contains(stored.territory().key()))
                .toList();
        Map<String, Integer> removed = gone.stream().collect(Collectors.groupingBy(
                stored -> stored.territory().kind().code(), TreeMap::new, Collectors.summingInt(stored -> 1)));
        return new ImportPlan(toWrite, gone.stream().map(stored -> stored.territory().key()).toList(),
                new ImportReport(next.version(), now, added, updated, removed));
    }

    private static Territory withSiren(Territory territory, String siren) {
        return new Territory(territory.key(), siren, territory.kind(), territory.name(), territory.inseeCode(),
                territory.departementCode(), territory.regionCode(), territory.population());
    }
}
