package fr.mutualis.referential.territory.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where the referential is kept. Implementations join the caller's transaction. */
public interface TerritoryRepository {

    /** Every stored territory by key, removed ones included. */
    Map<String, StoredTerritory> allByKey();

    void apply(ImportPlan plan, Map<String, List<String>> members);

    Optional<StoredTerritory> findBySiren(String siren);

    Optional<StoredTerritory> findByKey(String key);

    /** The commune whose INSEE code (code officiel géographique) is {@code inseeCode}. */
    Optional<StoredTerritory> findCommuneByInseeCode(String inseeCode);

    /** Territories whose name contains {@code folded} (lower case, no accents), names starting with it first. */
    List<StoredTerritory> searchByName(String folded, Kind kind, String departementCode, int offset, int limit);

    long countByName(String folded, Kind kind, String departementCode);

    List<StoredTerritory> communesOf(String epciSiren);

    /** The names of départements and régions by key ({@code departement:33}, {@code region:75}): ~135 rows. */
    Map<String, String> territoryNames();

    /** Gives a SIREN to a council, or registers a syndicat. */
    void register(StoredTerritory territory);

    Optional<String> lastImportedVersion();

    List<ImportReport> imports();
}
