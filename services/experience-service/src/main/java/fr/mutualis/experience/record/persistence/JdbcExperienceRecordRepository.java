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
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Experience records in table {@code experience_record} (see {@code db/migration}). */
@Repository
class JdbcExperienceRecordRepository implements ExperienceRecordRepository {

    private static final String COLUMNS = "id, title, summary, siren, axes, status, demo, version, created_at, updated_at";

    private final JdbcClient jdbc;

    JdbcExperienceRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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
                        VALUES (:id, :title, :summary, :siren, :axes, :status, :demo, :version, :createdAt, :updatedAt)
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
                               demo = :demo, version = :version, updated_at = :updatedAt
                         WHERE id = :id AND version = :previousVersion
                        """)
                .params(columnValues(record))
                .param("previousVersion", record.version() - 1)
                .update();
        return updated == 1;
    }

    @Override
    public ExperienceRecordPage findNewestFirst(PageQuery query) {
        List<ExperienceRecord> items = jdbc.sql("SELECT " + COLUMNS
                        + " FROM experience_record ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("limit", query.size())
                .param("offset", query.offset())
                .query((rs, row) -> map(rs))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM experience_record").query(Long.class).single();
        return new ExperienceRecordPage(items, query, total);
    }

    /** The record's column values, by the parameter names of the statements above. */
    private static java.util.Map<String, Object> columnValues(ExperienceRecord record) {
        return java.util.Map.of(
                "id", record.id(),
                "title", record.content().title(),
                "summary", record.content().summary(),
                "siren", record.content().siren().value(),
                "axes", record.content().axes().stream().map(Axis::code).toArray(String[]::new),
                "status", record.status().code(),
                "demo", record.demo(),
                "version", record.version(),
                "createdAt", timestamp(record.createdAt()),
                "updatedAt", timestamp(record.updatedAt()));
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static ExperienceRecord map(ResultSet rs) throws SQLException {
        ExperienceContent content = new ExperienceContent(
                rs.getString("title"),
                rs.getString("summary"),
                Siren.of(rs.getString("siren")),
                axes(rs.getArray("axes")));
        return ExperienceRecord.restore(
                rs.getObject("id", UUID.class),
                content,
                ExperienceStatus.fromCode(rs.getString("status")),
                rs.getBoolean("demo"),
                rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    private static java.util.Set<Axis> axes(Array array) throws SQLException {
        try {
            return Arrays.stream((String[]) array.getArray()).map(Axis::fromCode).collect(Collectors.toSet());
        } finally {
            array.free();
        }
    }
}
