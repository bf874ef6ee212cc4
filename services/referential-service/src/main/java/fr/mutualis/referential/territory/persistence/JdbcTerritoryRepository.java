package fr.mutualis.referential.territory.persistence;

import fr.mutualis.referential.territory.domain.ImportPlan;
import fr.mutualis.referential.territory.domain.ImportReport;
import fr.mutualis.referential.territory.domain.Kind;
import fr.mutualis.referential.territory.domain.Names;
import fr.mutualis.referential.territory.domain.PopulationBand;
import fr.mutualis.referential.territory.domain.StoredTerritory;
import fr.mutualis.referential.territory.domain.Territory;
import fr.mutualis.referential.territory.domain.TerritoryRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The referential in tables {@code territory}, {@code epci_member} and {@code import_run}. */
@Repository
class JdbcTerritoryRepository implements TerritoryRepository {

    private static final String COLUMNS = "key, siren, kind, name, insee_code, departement_code, region_code, "
            + "population, band_code, band_label, removed";
    private static final String UPSERT = "INSERT INTO territory (" + COLUMNS + ", name_folded) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET siren = excluded.siren, "
            + "kind = excluded.kind, name = excluded.name, insee_code = excluded.insee_code, "
            + "departement_code = excluded.departement_code, region_code = excluded.region_code, "
            + "population = excluded.population, band_code = excluded.band_code, band_label = excluded.band_label, "
            + "removed = excluded.removed, name_folded = excluded.name_folded";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    JdbcTerritoryRepository(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    @Override
    public Map<String, StoredTerritory> allByKey() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM territory").query((rs, row) -> map(rs)).list().stream()
                .collect(Collectors.toMap(stored -> stored.territory().key(), Function.identity()));
    }

    @Override
    public void apply(ImportPlan plan, Map<String, List<String>> members) {
        // A SIREN moving between keys (a commune nouvelle taking its predecessor's number) must be freed first.
        batch.batchUpdate("UPDATE territory SET siren = NULL WHERE siren = ? AND key <> ?",
                plan.toWrite().stream().filter(stored -> stored.territory().siren() != null)
                        .map(stored -> new Object[] {stored.territory().siren(), stored.territory().key()}).toList());
        batch.batchUpdate(UPSERT, plan.toWrite().stream().map(JdbcTerritoryRepository::row).toList());
        batch.batchUpdate("UPDATE territory SET removed = true WHERE key = ?",
                plan.toRemove().stream().map(key -> new Object[] {key}).toList());
        jdbc.sql("DELETE FROM epci_member").update();
        List<Object[]> pairs = new ArrayList<>();
        members.forEach((epci, communes) -> communes.forEach(commune -> pairs.add(new Object[] {epci, commune})));
        batch.batchUpdate("INSERT INTO epci_member (epci_siren, commune_siren) VALUES (?, ?) ON CONFLICT DO NOTHING",
                pairs);
        ImportReport report = plan.report();
        jdbc.sql("INSERT INTO import_run (version, imported_at, report) VALUES (:version, :at, CAST(:report AS jsonb))")
                .param("version", report.version())
                .param("at", Timestamp.from(report.importedAt()))
                .param("report", json.writeValueAsString(report))
                .update();
    }

    @Override
    public Optional<StoredTerritory> findBySiren(String siren) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM territory WHERE siren = :siren").param("siren", siren)
                .query((rs, row) -> map(rs)).optional();
    }

    @Override
    public Optional<StoredTerritory> findCommuneByInseeCode(String inseeCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM territory WHERE kind = 'commune' AND insee_code = :code LIMIT 1")
                .param("code", inseeCode).query((rs, row) -> map(rs)).optional();
    }

    @Override
    public Optional<StoredTerritory> findByKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM territory WHERE key = :key").param("key", key)
                .query((rs, row) -> map(rs)).optional();
    }

    @Override
    public List<StoredTerritory> searchByName(String folded, Kind kind, String departementCode, int offset, int limit) {
        Map<String, Object> params = searchParams(folded, kind, departementCode);
        params.put("offset", offset);
        params.put("limit", limit);
        return jdbc.sql("SELECT " + COLUMNS + " FROM territory" + searchWhere(kind, departementCode)
                        + " ORDER BY name_folded = :folded DESC, name_folded LIKE :prefix DESC, population DESC, key"
                        + " OFFSET :offset LIMIT :limit")
                .params(params).query((rs, row) -> map(rs)).list();
    }

    @Override
    public long countByName(String folded, Kind kind, String departementCode) {
        return jdbc.sql("SELECT count(*) FROM territory" + searchWhere(kind, departementCode))
                .params(searchParams(folded, kind, departementCode)).query(Long.class).single();
    }

    private static String searchWhere(Kind kind, String departementCode) {
        return " WHERE siren IS NOT NULL AND NOT removed AND name_folded LIKE :contains"
                + (kind == null ? "" : " AND kind = :kind")
                + (departementCode == null ? "" : " AND departement_code = :departement");
    }

    private static Map<String, Object> searchParams(String folded, Kind kind, String departementCode) {
        String escaped = folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        Map<String, Object> params = new HashMap<>();
        params.put("folded", folded);
        params.put("prefix", escaped + "%");
        params.put("contains", "%" + escaped + "%");
        if (kind != null) {
            params.put("kind", kind.code());
        }
        if (departementCode != null) {
            params.put("departement", departementCode);
        }
        return params;
    }

    @Override
    public List<StoredTerritory> communesOf(String epciSiren) {
        return jdbc.sql("SELECT " + COLUMNS.replaceAll("(\\w+)", "t.$1") + " FROM territory t JOIN epci_member m"
                        + " ON m.commune_siren = t.siren WHERE m.epci_siren = :epci ORDER BY t.population DESC")
                .param("epci", epciSiren).query((rs, row) -> map(rs)).list();
    }

    @Override
    public Map<String, String> territoryNames() {
        return jdbc.sql("SELECT key, name FROM territory WHERE kind IN ('departement', 'region')")
                .query((rs, row) -> Map.entry(rs.getString("key"), rs.getString("name"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public void register(StoredTerritory territory) {
        batch.update("UPDATE territory SET siren = NULL WHERE siren = ? AND key <> ?", territory.territory().siren(),
                territory.territory().key());
        batch.update(UPSERT, row(territory));
    }

    @Override
    public Optional<String> lastImportedVersion() {
        return jdbc.sql("SELECT version FROM import_run ORDER BY id DESC LIMIT 1").query(String.class).optional();
    }

    @Override
    public List<ImportReport> imports() {
        return jdbc.sql("SELECT report FROM import_run ORDER BY id DESC").query(String.class).list().stream()
                .map(report -> json.readValue(report, ImportReport.class)).toList();
    }

    private static Object[] row(StoredTerritory stored) {
        Territory t = stored.territory();
        return new Object[] {t.key(), t.siren(), t.kind().code(), t.name(), t.inseeCode(), t.departementCode(),
                t.regionCode(), t.population(), stored.band().code(), stored.band().label(), stored.removed(),
                Names.fold(t.name())};
    }

    private static StoredTerritory map(ResultSet rs) throws SQLException {
        return new StoredTerritory(new Territory(rs.getString("key"), rs.getString("siren"),
                Kind.find(rs.getString("kind")).orElseThrow(), rs.getString("name"), rs.getString("insee_code"),
                rs.getString("departement_code"), rs.getString("region_code"), rs.getLong("population")),
                new PopulationBand(rs.getString("band_code"), rs.getString("band_label")), rs.getBoolean("removed"));
    }
}
