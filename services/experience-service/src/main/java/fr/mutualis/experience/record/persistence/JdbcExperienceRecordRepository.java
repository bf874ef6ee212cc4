package fr.mutualis.experience.record.persistence;

import fr.mutualis.experience.record.domain.Axis;
import fr.mutualis.experience.record.domain.ExperienceContent;
import fr.mutualis.experience.record.domain.ExperienceRecord;
import fr.mutualis.experience.record.domain.ExperienceRecordPage;
import fr.mutualis.experience.record.domain.ExperienceRecordRepository;
import fr.mutualis.experience.record.domain.ExperienceStatus;
import fr.mutualis.experience.record.domain.PageQuery;
import fr.mutualis.experience.record.domain.Siren;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Experience records in table {@code experience_record} (see {@code db/migration}): the columns that listings filter
 * and sort on, and the whole record as its event document.
 */
@Repository
class JdbcExperienceRecordRepository implements ExperienceRecordRepository {

    private static final String COLUMNS = "id, title, summary, siren, axes, status, demo, version, created_at, "
            + "updated_at, published_at, archived_at, document";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcExperienceRecordRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ExperienceRecord> findById(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM experience_record WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> map(rs))
                .optional();
    }

    @Override
    public boolean insertIfAbsent(ExperienceRecord record) {
        int inserted = jdbc.sql("""
                        INSERT INTO experience_record (%s)
                        VALUES (:id, :title, :summary, :siren, :axes, :status, :demo, :version, :createdAt, :updatedAt,
                                :publishedAt, :archivedAt, CAST(:document AS jsonb))
                        ON CONFLICT (id) DO NOTHING
                        """.formatted(COLUMNS))
                .params(columnValues(record))
                .update();
        return inserted == 1;
    }

    @Override
    public boolean updateFromPreviousVersion(ExperienceRecord record) {
        int updated = jdbc.sql("""
                        UPDATE experience_record
                           SET title = :title, summary = :summary, siren = :siren, axes = :axes, status = :status,
                               demo = :demo, version = :version, updated_at = :updatedAt,
                               published_at = :publishedAt, archived_at = :archivedAt,
                               document = CAST(:document AS jsonb)
                         WHERE id = :id AND version = :previousVersion
                        """)
                .params(columnValues(record))
                .param("previousVersion", record.version() - 1)
                .update();
        return updated == 1;
    }

    @Override
    public ExperienceRecordPage findNewestFirst(Set<ExperienceStatus> statuses, Siren siren, PageQuery query) {
        String where = " WHERE status = ANY(:statuses)" + (siren == null ? "" : " AND siren = :siren");
        Map<String, Object> params = new HashMap<>();
        params.put("statuses", statuses.stream().map(ExperienceStatus::code).toArray(String[]::new));
        if (siren != null) {
            params.put("siren", siren.value());
        }
        List<ExperienceRecord> items = jdbc.sql("SELECT " + COLUMNS + " FROM experience_record" + where
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params)
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, row) -> map(rs))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM experience_record" + where).params(params)
                .query(Long.class).single();
        return new ExperienceRecordPage(items, query, total);
    }

    @Override
    public List<UUID> findIdsByContactEmail(String email) {
        return jdbc.sql("SELECT id FROM experience_record WHERE lower(document #>> '{contact,email}') = lower(:email)")
                .param("email", email.strip())
                .query(UUID.class)
                .list();
    }

    /** The record's column values, by the parameter names of the statements above. */
    private Map<String, Object> columnValues(ExperienceRecord record) {
        Map<String, Object> values = new HashMap<>();
        values.put("id", record.id());
        values.put("title", record.content().title());
        values.put("summary", record.content().summary());
        values.put("siren", record.content().siren().value());
        values.put("axes", record.content().axes().stream().map(Axis::code).toArray(String[]::new));
        values.put("status", record.status().code());
        values.put("demo", record.demo());
        values.put("version", record.version());
        values.put("createdAt", timestamp(record.createdAt()));
        values.put("updatedAt", timestamp(record.updatedAt()));
        values.put("publishedAt", timestamp(record.publishedAt()));
        values.put("archivedAt", timestamp(record.archivedAt()));
        values.put("document", json.writeValueAsString(ExperienceRecordPayload.of(record)));
        return values;
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private ExperienceRecord map(ResultSet rs) throws SQLException {
        String document = rs.getString("document");
        if (document != null) {
            return json.readValue(document, ExperienceRecordPayload.class).toRecord(rs.getLong("version"));
        }
        // Written before the full record existed (migration V3): its columns are all there is.
        ExperienceContent content = ExperienceContent.essentials(
                rs.getString("title"),
                rs.getString("summary"),
                Siren.of(rs.getString("siren")),
                axes(rs.getArray("axes")));
        return new ExperienceRecord(
                rs.getObject("id", UUID.class),
                content,
                null,
                List.of(),
                ExperienceStatus.fromCode(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "published_at"),
                instant(rs, "archived_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Set<Axis> axes(Array array) throws SQLException {
        try {
            return Arrays.stream((String[]) array.getArray()).map(Axis::fromCode).collect(Collectors.toSet());
        } finally {
            array.free();
        }
    }
}
