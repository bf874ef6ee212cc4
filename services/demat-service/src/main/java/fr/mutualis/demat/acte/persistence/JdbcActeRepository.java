package fr.mutualis.demat.acte.persistence;

import fr.mutualis.demat.acte.domain.Acknowledgement;
import fr.mutualis.demat.acte.domain.Acte;
import fr.mutualis.demat.acte.domain.ActeChange;
import fr.mutualis.demat.acte.domain.ActeMetadata;
import fr.mutualis.demat.acte.domain.ActeRepository;
import fr.mutualis.demat.acte.domain.ActeState;
import fr.mutualis.demat.acte.domain.Circuit;
import fr.mutualis.demat.acte.domain.DocumentRef;
import fr.mutualis.demat.acte.domain.HistoryEntry;
import fr.mutualis.demat.acte.domain.Matiere;
import fr.mutualis.demat.acte.domain.Nature;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Actes in PostgreSQL: metadata in columns, documents, circuit and AR as JSON; history in its append-only table. */
@Repository
class JdbcActeRepository implements ActeRepository {

    private static final String COLUMNS = "id, siren, departement, author_email, nature, matiere_code, matiere_label,"
            + " classification_version, numero, objet, decision_date, state, version, created_at, updated_at,"
            + " main_document::text, annexes::text, signed_document::text, stamped_document::text, circuit::text,"
            + " transmission_id, transmitted_at, acknowledgement::text, prefecture_message, published_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcActeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
        // Its own mapper: the columns hold the domain's records, not API bodies, so the API's strict binding is not
        // the point here, and a property added later must not make older rows unreadable.
        this.json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    @Override
    public Optional<Acte> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acte WHERE id = :id").param("id", id).query(this::acte).optional();
    }

    @Override
    public Optional<Acte> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acte WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::acte).optional();
    }

    @Override
    public void save(Acte acte) {
        ActeMetadata metadata = acte.metadata();
        jdbc.sql("""
                INSERT INTO acte (id, siren, departement, author_email, nature, matiere_code, matiere_label,
                    classification_version, numero, decision_year, objet, decision_date, state, version, created_at,
                    updated_at, main_document, annexes, signed_document, stamped_document, circuit, transmission_id,
                    transmitted_at, acknowledgement, prefecture_message, published_at)
                VALUES (:id, :siren, :departement, :author, :nature, :matiereCode, :matiereLabel, :classification,
                    :numero, :year, :objet, :decisionDate, :state, :version, :createdAt, :updatedAt,
                    CAST(:main AS jsonb), CAST(:annexes AS jsonb), CAST(:signed AS jsonb), CAST(:stamped AS jsonb),
                    CAST(:circuit AS jsonb), :transmissionId, :transmittedAt, CAST(:ar AS jsonb), :message, :publishedAt)
                ON CONFLICT (id) DO UPDATE SET nature = EXCLUDED.nature, matiere_code = EXCLUDED.matiere_code,
                    matiere_label = EXCLUDED.matiere_label, classification_version = EXCLUDED.classification_version,
                    numero = EXCLUDED.numero, decision_year = EXCLUDED.decision_year, objet = EXCLUDED.objet,
                    decision_date = EXCLUDED.decision_date, state = EXCLUDED.state, version = EXCLUDED.version,
                    updated_at = EXCLUDED.updated_at, main_document = EXCLUDED.main_document,
                    annexes = EXCLUDED.annexes, signed_document = EXCLUDED.signed_document,
                    stamped_document = EXCLUDED.stamped_document, circuit = EXCLUDED.circuit,
                    transmission_id = EXCLUDED.transmission_id, transmitted_at = EXCLUDED.transmitted_at,
                    acknowledgement = EXCLUDED.acknowledgement, prefecture_message = EXCLUDED.prefecture_message,
                    published_at = EXCLUDED.published_at
                """)
                .param("id", acte.id())
                .param("siren", acte.siren())
                .param("departement", acte.departement())
                .param("author", acte.authorEmail())
                .param("nature", metadata.nature().code())
                .param("matiereCode", metadata.matiere().code())
                .param("matiereLabel", metadata.matiere().label())
                .param("classification", metadata.classificationVersion())
                .param("numero", metadata.numero())
                .param("year", metadata.decisionDate().getYear())
                .param("objet", metadata.objet())
                .param("decisionDate", metadata.decisionDate())
                .param("state", acte.state().code())
                .param("version", acte.version())
                .param("createdAt", timestamp(acte.createdAt()))
                .param("updatedAt", timestamp(acte.updatedAt()))
                .param("main", jsonOrNull(acte.mainDocument().orElse(null)))
                .param("annexes", json.writeValueAsString(acte.annexes()))
                .param("signed", jsonOrNull(acte.signedDocument().orElse(null)))
                .param("stamped", jsonOrNull(acte.stampedDocument().orElse(null)))
                .param("circuit", jsonOrNull(acte.circuit().orElse(null)))
                .param("transmissionId", acte.transmissionId().orElse(null))
                .param("transmittedAt", timestamp(acte.transmittedAt().orElse(null)))
                .param("ar", jsonOrNull(acte.acknowledgement().orElse(null)))
                .param("message", acte.prefectureMessage().orElse(null))
                .param("publishedAt", timestamp(acte.publishedAt().orElse(null)))
                .update();
        long seq = jdbc.sql("SELECT coalesce(max(seq), 0) FROM acte_history WHERE acte_id = :id").param("id", acte.id())
                .query(Long.class).single();
        for (HistoryEntry entry : acte.takeNewHistory()) {
            jdbc.sql("""
                    INSERT INTO acte_history (acte_id, seq, at, actor_email, actor_name, change, from_state, to_state,
                        detail) VALUES (:id, :seq, :at, :email, :name, :change, :from, :to, :detail)
                    """)
                    .param("id", acte.id()).param("seq", ++seq).param("at", timestamp(entry.at()))
                    .param("email", entry.actorEmail()).param("name", entry.actorName())
                    .param("change", entry.change().name()).param("from", entry.from().code())
                    .param("to", entry.to().code()).param("detail", entry.detail())
                    .update();
        }
    }

    @Override
    public boolean numberTaken(String siren, int year, String numero, UUID except) {
        return jdbc.sql("SELECT count(*) FROM acte WHERE siren = :siren AND decision_year = :year AND numero = :numero"
                        + " AND id <> :id")
                .param("siren", siren).param("year", year).param("numero", numero).param("id", except)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<HistoryEntry> history(UUID id) {
        return jdbc.sql("SELECT at, actor_email, actor_name, change, from_state, to_state, detail FROM acte_history"
                        + " WHERE acte_id = :id ORDER BY seq")
                .param("id", id)
                .query((rs, row) -> new HistoryEntry(instant(rs, "at"), rs.getString("actor_email"),
                        rs.getString("actor_name"), ActeChange.valueOf(rs.getString("change")),
                        ActeState.ofCode(rs.getString("from_state")), ActeState.ofCode(rs.getString("to_state")),
                        rs.getString("detail")))
                .list();
    }

    @Override
    public List<Acte> ofCollectivite(String siren, Optional<ActeState> state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acte WHERE siren = :siren"
                        + (state.isPresent() ? " AND state = :state" : "") + " ORDER BY updated_at DESC LIMIT :limit")
                .param("siren", siren).param("state", state.map(ActeState::code).orElse(null)).param("limit", limit)
                .query(this::acte).list();
    }

    @Override
    public List<UUID> awaitingPrefecture(int limit) {
        // An acknowledged acte may still get a demande de pièces complémentaires within the two months of the
        // contrôle de légalité; after that, nothing more comes.
        return jdbc.sql("SELECT id FROM acte WHERE state IN ('transmis', 'acquitte') AND transmission_id IS NOT NULL"
                        + " AND (state = 'transmis' OR transmitted_at > now() - interval '2 months')"
                        + " ORDER BY prefecture_checked_at NULLS FIRST LIMIT :limit")
                .param("limit", limit).query(UUID.class).list();
    }

    @Override
    public void prefectureChecked(UUID id, Instant at) {
        jdbc.sql("UPDATE acte SET prefecture_checked_at = :at WHERE id = :id").param("id", id)
                .param("at", timestamp(at)).update();
    }

    @Override
    public List<Acte> publishedIn(String siren, int year) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM acte WHERE siren = :siren AND decision_year = :year"
                        + " AND state IN ('publie', 'archive') ORDER BY decision_date, numero")
                .param("siren", siren).param("year", year).query(this::acte).list();
    }

    private Acte acte(ResultSet rs, int row) throws SQLException {
        ActeMetadata metadata = new ActeMetadata(Nature.ofCode(rs.getInt("nature")),
                new Matiere(rs.getString("matiere_code"), rs.getString("matiere_label")),
                rs.getObject("classification_version", java.time.LocalDate.class), rs.getString("numero"),
                rs.getString("objet"), rs.getObject("decision_date", java.time.LocalDate.class));
        return new Acte(rs.getObject("id", UUID.class), rs.getString("siren"), rs.getString("departement"),
                rs.getString("author_email"), instant(rs, "created_at"), metadata,
                ActeState.ofCode(rs.getString("state")), rs.getLong("version"), instant(rs, "updated_at"),
                read(rs.getString("main_document"), DocumentRef.class),
                rs.getString("annexes") == null ? List.of()
                        : json.readValue(rs.getString("annexes"), new TypeReference<List<DocumentRef>>() { }),
                read(rs.getString("signed_document"), DocumentRef.class),
                read(rs.getString("stamped_document"), DocumentRef.class),
                read(rs.getString("circuit"), Circuit.class), rs.getString("transmission_id"),
                instant(rs, "transmitted_at"), read(rs.getString("acknowledgement"), Acknowledgement.class),
                rs.getString("prefecture_message"), instant(rs, "published_at"));
    }

    private <T> T read(String value, Class<T> type) {
        return value == null ? null : json.readValue(value, type);
    }

    private String jsonOrNull(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
