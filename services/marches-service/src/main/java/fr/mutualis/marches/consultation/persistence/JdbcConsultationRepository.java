package fr.mutualis.marches.consultation.persistence;

import fr.mutualis.marches.consultation.domain.AwardedLot;
import fr.mutualis.marches.consultation.domain.Consultation;
import fr.mutualis.marches.consultation.domain.ConsultationChange;
import fr.mutualis.marches.consultation.domain.ConsultationDetails;
import fr.mutualis.marches.consultation.domain.ConsultationRepository;
import fr.mutualis.marches.consultation.domain.ConsultationState;
import fr.mutualis.marches.consultation.domain.DocumentRef;
import fr.mutualis.marches.consultation.domain.HistoryEntry;
import fr.mutualis.marches.consultation.domain.Question;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;

/** Consultations in PostgreSQL: what is searched in columns, details, DCE and questions as JSON. */
@Repository
class JdbcConsultationRepository implements ConsultationRepository {

    private static final String COLUMNS = "id, buyer_siren, buyer_name, author_email, state, version, created_at,"
            + " updated_at, published_at, opened_at, outcome_reason, details::text, dce::text, questions::text, awards::text";

    private final JdbcClient jdbc;

    JdbcConsultationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Consultation> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE id = :id").param("id", id)
                .query(this::consultation).optional();
    }

    @Override
    public Optional<Consultation> findForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE id = :id FOR UPDATE").param("id", id)
                .query(this::consultation).optional();
    }

    @Override
    public Optional<Consultation> findForShare(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE id = :id FOR SHARE").param("id", id)
                .query(this::consultation).optional();
    }

    @Override
    public void save(Consultation consultation) {
        jdbc.sql("""
                INSERT INTO consultation (id, buyer_siren, buyer_name, author_email, reference, state, deadline,
                    version, created_at, updated_at, published_at, opened_at, outcome_reason, details, dce, questions, awards)
                VALUES (:id, :siren, :buyerName, :author, :reference, :state, :deadline, :version, :createdAt,
                    :updatedAt, :publishedAt, :openedAt, :reason, CAST(:details AS jsonb), CAST(:dce AS jsonb),
                    CAST(:questions AS jsonb), CAST(:awards AS jsonb))
                ON CONFLICT (id) DO UPDATE SET reference = EXCLUDED.reference, state = EXCLUDED.state,
                    deadline = EXCLUDED.deadline, version = EXCLUDED.version, updated_at = EXCLUDED.updated_at,
                    published_at = EXCLUDED.published_at, opened_at = EXCLUDED.opened_at,
                    outcome_reason = EXCLUDED.outcome_reason, details = EXCLUDED.details, dce = EXCLUDED.dce,
                    questions = EXCLUDED.questions, awards = EXCLUDED.awards
                """)
                .param("id", consultation.id())
                .param("siren", consultation.buyerSiren())
                .param("buyerName", consultation.buyerName())
                .param("author", consultation.authorEmail())
                .param("reference", consultation.details().reference())
                .param("state", consultation.state().code())
                .param("deadline", Rows.timestamp(consultation.details().deadline()))
                .param("version", consultation.version())
                .param("createdAt", Rows.timestamp(consultation.createdAt()))
                .param("updatedAt", Rows.timestamp(consultation.updatedAt()))
                .param("publishedAt", Rows.timestamp(consultation.publishedAt().orElse(null)))
                .param("openedAt", Rows.timestamp(consultation.openedAt().orElse(null)))
                .param("reason", consultation.outcomeReason().orElse(null))
                .param("details", Rows.JSON.writeValueAsString(consultation.details()))
                .param("dce", Rows.JSON.writeValueAsString(consultation.dce()))
                .param("questions", Rows.JSON.writeValueAsString(consultation.questions()))
                .param("awards", Rows.JSON.writeValueAsString(consultation.awards()))
                .update();
        long seq = jdbc.sql("SELECT coalesce(max(seq), 0) FROM consultation_history WHERE consultation_id = :id")
                .param("id", consultation.id()).query(Long.class).single();
        for (HistoryEntry entry : consultation.takeNewHistory()) {
            jdbc.sql("""
                    INSERT INTO consultation_history (consultation_id, seq, at, actor_email, actor_name, change,
                        from_state, to_state, detail) VALUES (:id, :seq, :at, :email, :name, :change, :from, :to, :detail)
                    """)
                    .param("id", consultation.id()).param("seq", ++seq).param("at", Rows.timestamp(entry.at()))
                    .param("email", entry.actorEmail()).param("name", entry.actorName())
                    .param("change", entry.change().name()).param("from", entry.from().code())
                    .param("to", entry.to().code()).param("detail", entry.detail())
                    .update();
        }
    }

    @Override
    public boolean referenceTaken(String buyerSiren, String reference, UUID except) {
        return jdbc.sql("SELECT count(*) FROM consultation WHERE buyer_siren = :siren AND reference = :reference"
                        + " AND id <> :id")
                .param("siren", buyerSiren).param("reference", reference).param("id", except)
                .query(Long.class).single() > 0;
    }

    @Override
    public List<HistoryEntry> history(UUID id) {
        return jdbc.sql("SELECT at, actor_email, actor_name, change, from_state, to_state, detail"
                        + " FROM consultation_history WHERE consultation_id = :id ORDER BY seq")
                .param("id", id)
                .query((rs, row) -> new HistoryEntry(Rows.instant(rs, "at"), rs.getString("actor_email"),
                        rs.getString("actor_name"), ConsultationChange.valueOf(rs.getString("change")),
                        ConsultationState.ofCode(rs.getString("from_state")),
                        ConsultationState.ofCode(rs.getString("to_state")), rs.getString("detail")))
                .list();
    }

    @Override
    public List<Consultation> ofBuyer(String buyerSiren, Optional<ConsultationState> state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE buyer_siren = :siren"
                        + (state.isPresent() ? " AND state = :state" : "") + " ORDER BY updated_at DESC LIMIT :limit")
                .param("siren", buyerSiren).param("state", state.map(ConsultationState::code).orElse(null))
                .param("limit", limit).query(this::consultation).list();
    }

    @Override
    public List<Consultation> published(Optional<ConsultationState> state, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM consultation WHERE state <> 'brouillon'"
                        + (state.isPresent() ? " AND state = :state" : "")
                        + " ORDER BY (state = 'publiee') DESC, CASE WHEN state = 'publiee' THEN deadline END ASC,"
                        + " updated_at DESC LIMIT :limit")
                .param("state", state.map(ConsultationState::code).orElse(null)).param("limit", limit)
                .query(this::consultation).list();
    }

    @Override
    public List<UUID> pastDeadline(Instant now, int limit) {
        return jdbc.sql("SELECT id FROM consultation WHERE state = 'publiee' AND deadline <= :now ORDER BY deadline"
                        + " LIMIT :limit")
                .param("now", Rows.timestamp(now)).param("limit", limit).query(UUID.class).list();
    }

    private Consultation consultation(ResultSet rs, int row) throws SQLException {
        return new Consultation(rs.getObject("id", UUID.class), rs.getString("buyer_siren"), rs.getString("buyer_name"),
                rs.getString("author_email"), Rows.instant(rs, "created_at"),
                Rows.JSON.readValue(rs.getString("details"), ConsultationDetails.class),
                Rows.JSON.readValue(rs.getString("dce"), new TypeReference<List<DocumentRef>>() { }),
                Rows.JSON.readValue(rs.getString("questions"), new TypeReference<List<Question>>() { }),
                ConsultationState.ofCode(rs.getString("state")), rs.getLong("version"), Rows.instant(rs, "updated_at"),
                Rows.instant(rs, "published_at"), Rows.instant(rs, "opened_at"), rs.getString("outcome_reason"),
                Rows.JSON.readValue(rs.getString("awards"), new TypeReference<List<AwardedLot>>() { }));
    }
}
