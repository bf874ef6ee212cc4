package fr.mutualis.experience.vocabulary.persistence;

import fr.mutualis.contracts.PublishedEventType;
import fr.mutualis.experience.vocabulary.domain.Vocabulary;
import fr.mutualis.experience.vocabulary.domain.VocabularyEntry;
import fr.mutualis.experience.vocabulary.domain.VocabularyKind;
import fr.mutualis.experience.vocabulary.domain.VocabularyRepository;
import fr.mutualis.outbox.AggregateEvents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The vocabulary in tables {@code vocabulary_entry} and {@code vocabulary_revision}; each revision, whole, through the
 * outbox to topic {@code mutualis.vocabulary.events}, key {@value #AGGREGATE_ID}.
 */
@Repository
class JdbcVocabularyRepository implements VocabularyRepository {

    static final String AGGREGATE_ID = "domaine";
    private static final TypeReference<List<String>> TERMS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AggregateEvents events;
    private final PublishedEventType published = PublishedEventType.named("vocabulary.revision.published");

    JdbcVocabularyRepository(JdbcClient jdbc, JsonMapper json, AggregateEvents events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    /** The {@code data} of {@code vocabulary.revision.published} (contracts/events/vocabulary.revision.v1.schema.json). */
    record RevisionPayload(long revision, Instant changedAt, List<EntryPayload> entries) {

        record EntryPayload(UUID id, String kind, List<String> terms) {
        }

        static RevisionPayload of(Vocabulary vocabulary) {
            return new RevisionPayload(vocabulary.revision(), vocabulary.changedAt(), vocabulary.entries().stream()
                    .map(entry -> new EntryPayload(entry.id(), entry.kind().code(), entry.terms())).toList());
        }
    }

    @Override
    public Vocabulary lockCurrent() {
        return read("SELECT revision, changed_at FROM vocabulary_revision FOR UPDATE");
    }

    @Override
    public Vocabulary current() {
        return read("SELECT revision, changed_at FROM vocabulary_revision");
    }

    private Vocabulary read(String revisionQuery) {
        record Revision(long revision, Instant changedAt) {
        }
        Revision revision = jdbc.sql(revisionQuery).query((rs, row) -> {
            Timestamp changedAt = rs.getTimestamp("changed_at");
            return new Revision(rs.getLong("revision"), changedAt == null ? null : changedAt.toInstant());
        }).single();
        List<VocabularyEntry> entries = jdbc.sql("SELECT id, kind, terms::text FROM vocabulary_entry ORDER BY position")
                .query((rs, row) -> new VocabularyEntry(rs.getObject("id", UUID.class),
                        VocabularyKind.ofCode(rs.getString("kind")).orElseThrow(),
                        json.readValue(rs.getString("terms"), TERMS)))
                .list();
        return new Vocabulary(revision.revision(), revision.changedAt(), entries);
    }

    @Override
    public void save(Vocabulary next) {
        List<UUID> ids = next.entries().stream().map(VocabularyEntry::id).toList();
        jdbc.sql("DELETE FROM vocabulary_entry WHERE NOT (id = ANY(:ids))")
                .param("ids", ids.toArray(UUID[]::new)).update();
        for (VocabularyEntry entry : next.entries()) {
            jdbc.sql("""
                            INSERT INTO vocabulary_entry (id, kind, terms, position)
                            VALUES (:id, :kind, CAST(:terms AS jsonb), :revision)
                            ON CONFLICT (id) DO UPDATE SET kind = EXCLUDED.kind, terms = EXCLUDED.terms
                            WHERE vocabulary_entry.kind <> EXCLUDED.kind OR vocabulary_entry.terms <> EXCLUDED.terms
                            """)
                    .param("id", entry.id())
                    .param("kind", entry.kind().code())
                    .param("terms", json.writeValueAsString(entry.terms()))
                    .param("revision", next.revision())
                    .update();
        }
        jdbc.sql("UPDATE vocabulary_revision SET revision = :revision, changed_at = :changedAt")
                .param("revision", next.revision())
                .param("changedAt", Timestamp.from(next.changedAt()))
                .update();
        events.publish(published, AGGREGATE_ID, next.revision(), next.changedAt(), RevisionPayload.of(next));
    }
}
