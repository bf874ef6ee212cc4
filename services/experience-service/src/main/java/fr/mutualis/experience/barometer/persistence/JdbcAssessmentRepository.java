package fr.mutualis.experience.barometer.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.experience.barometer.domain.Answers;
import fr.mutualis.experience.barometer.domain.Assessment;
import fr.mutualis.experience.barometer.domain.AssessmentRepository;
import fr.mutualis.experience.barometer.domain.Evaluation;
import fr.mutualis.experience.collectivite.domain.Collectivite;
import fr.mutualis.outbox.AggregateEvents;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Self-assessments in table {@code barometer_assessment}; their events through the outbox, to topic
 * {@code mutualis.barometer.events} keyed by SIREN.
 */
@Repository
class JdbcAssessmentRepository implements AssessmentRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AggregateEvents events;
    private final PublishedEventType recorded = PublishedEventType.named("barometer.assessment.recorded");

    JdbcAssessmentRepository(JdbcClient jdbc, JsonMapper json, AggregateEvents events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /**
     * The {@code data} of {@code barometer.assessment.recorded} (contracts/events/barometer.assessment.v1.schema.json).
     *
     * @param nearestProfile for a "non classé" only
     */
    record AssessmentPayload(String id, String siren, Collectivite collectivite, LocalDate assessedOn, Answers answers,
                             Evaluation.Label profile, Evaluation.Label nearestProfile,
                             List<Evaluation.CriterionResult> criteria, int rulesVersion, boolean demo,
                             java.time.Instant recordedAt) {

        static AssessmentPayload of(Assessment a) {
            return new AssessmentPayload(a.id().toString(), a.siren(), a.collectivite(), a.assessedOn(), a.answers(),
                    a.evaluation().profile(), a.evaluation().nearest(), a.evaluation().criteria(), a.rulesVersion(),
                    a.demo(), a.recordedAt());
        }
    }

    @Override
    public long countOf(String siren) {
        return jdbc.sql("SELECT count(*) FROM barometer_assessment WHERE siren = :siren").param("siren", siren)
                .query(Long.class).single();
    }

    @Override
    public boolean insertIfAbsent(Assessment a) {
        return jdbc.sql("""
                        INSERT INTO barometer_assessment (id, siren, number, assessed_on, answers, evaluation, profile,
                                                          collectivite, rules_version, demo, recorded_at)
                        VALUES (:id, :siren, :number, :assessedOn, CAST(:answers AS jsonb), CAST(:evaluation AS jsonb),
                                :profile, CAST(:collectivite AS jsonb), :rulesVersion, :demo, :recordedAt)
                        ON CONFLICT (id) DO NOTHING
                        """)
                .param("id", a.id())
                .param("siren", a.siren())
                .param("number", a.number())
                .param("assessedOn", Date.valueOf(a.assessedOn()))
                .param("answers", json.writeValueAsString(a.answers()))
                .param("evaluation", json.writeValueAsString(a.evaluation()))
                .param("profile", a.evaluation().profile().code())
                .param("collectivite", json.writeValueAsString(a.collectivite()))
                .param("rulesVersion", a.rulesVersion())
                .param("demo", a.demo())
                .param("recordedAt", Timestamp.from(a.recordedAt()))
                .update() == 1;
    }

    @Override
    public List<Assessment> historyOf(String siren) {
        return jdbc.sql("SELECT * FROM barometer_assessment WHERE siren = :siren ORDER BY assessed_on DESC, number DESC")
                .param("siren", siren).query((rs, row) -> map(rs)).list();
    }

    @Override
    public boolean exists(UUID id) {
        return jdbc.sql("SELECT count(*) FROM barometer_assessment WHERE id = :id").param("id", id)
                .query(Long.class).single() > 0;
    }

    @Override
    public void publishRecorded(Assessment assessment) {
        events.publish(recorded, assessment.siren(), assessment.number(), assessment.recordedAt(),
                AssessmentPayload.of(assessment));
    }

    private Assessment map(ResultSet rs) throws SQLException {
        return new Assessment(rs.getObject("id", UUID.class),
                json.readValue(rs.getString("collectivite"), Collectivite.class),
                rs.getDate("assessed_on").toLocalDate(),
                json.readValue(rs.getString("answers"), Answers.class),
                json.readValue(rs.getString("evaluation"), Evaluation.class),
                rs.getInt("rules_version"), rs.getBoolean("demo"), rs.getLong("number"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
