package fr.mutualis.prefecture.transmission.persistence;

import fr.mutualis.prefecture.transmission.domain.Acknowledgement;
import fr.mutualis.prefecture.transmission.domain.Classification;
import fr.mutualis.prefecture.transmission.domain.ComplementRequest;
import fr.mutualis.prefecture.transmission.domain.HistoryEntry;
import fr.mutualis.prefecture.transmission.domain.NatureActe;
import fr.mutualis.prefecture.transmission.domain.ReceivedDocument;
import fr.mutualis.prefecture.transmission.domain.Transmission;
import fr.mutualis.prefecture.transmission.domain.TransmissionRepository;
import fr.mutualis.prefecture.transmission.domain.TransmissionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Transmissions in PostgreSQL; files as bytea, streamed in. */
@Repository
class JdbcTransmissionRepository implements TransmissionRepository {

    private static final String COLUMNS = "id, tiers, acte_identifier, nature, classification, received_at, status, "
            + "acknowledged_at, refusal_reason, complement_message, complement_requested_at";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    JdbcTransmissionRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public void add(Transmission transmission, List<ReceivedDocument> documents) {
        jdbc.sql("INSERT INTO transmission (id, tiers, acte_identifier, nature, classification, received_at, status) "
                        + "VALUES (:id, :tiers, :acte, :nature, :classification, :receivedAt, :status)")
                .param("id", transmission.id())
                .param("tiers", transmission.tiers())
                .param("acte", transmission.acteIdentifier())
                .param("nature", transmission.nature().code())
                .param("classification", transmission.classification().code())
                .param("receivedAt", Timestamp.from(transmission.receivedAt()))
                .param("status", transmission.status().name())
                .update();
        writeSteps(transmission);
        addDocuments(transmission.id(), documents, transmission.receivedAt());
    }

    @Override
    public Optional<Transmission> find(UUID id, String tiers) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transmission WHERE id = ? AND tiers = ?").params(id, tiers)
                .query(this::row).optional();
    }

    @Override
    public Optional<Transmission> lock(UUID id, String tiers) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transmission WHERE id = ? AND tiers = ? FOR UPDATE")
                .params(id, tiers).query(this::row).optional();
    }

    @Override
    public List<Transmission> lockWaiting(Instant receivedBy, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transmission WHERE status = 'EN_ATTENTE' AND received_at <= ? "
                        + "ORDER BY received_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .params(Timestamp.from(receivedBy), limit).query(this::row).list();
    }

    @Override
    public Optional<Transmission> findHolding(String acteIdentifier, UUID other) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM transmission WHERE acte_identifier = ? AND id <> ? "
                        + "AND status IN ('ACQUITTEE', 'PIECES_DEMANDEES') ORDER BY acknowledged_at LIMIT 1")
                .params(acteIdentifier, other).query(this::row).optional();
    }

    @Override
    public void update(Transmission transmission) {
        Acknowledgement acknowledgement = transmission.acknowledgement();
        ComplementRequest complement = transmission.complementRequest();
        jdbc.sql("UPDATE transmission SET status = :status, acknowledged_at = :acknowledgedAt, "
                        + "refusal_reason = :refusal, complement_message = :complement, "
                        + "complement_requested_at = :complementAt WHERE id = :id")
                .param("status", transmission.status().name())
                .param("acknowledgedAt", acknowledgement == null ? null : Timestamp.from(acknowledgement.receivedAt()))
                .param("refusal", transmission.refusalReason())
                .param("complement", complement == null ? null : complement.message())
                .param("complementAt", complement == null ? null : Timestamp.from(complement.requestedAt()))
                .param("id", transmission.id())
                .update();
        writeSteps(transmission);
    }

    @Override
    public void addDocuments(UUID id, List<ReceivedDocument> documents, Instant at) {
        int next = jdbc.sql("SELECT coalesce(max(position), -1) + 1 FROM transmission_document WHERE transmission_id = ?")
                .param(id).query(Integer.class).single();
        for (ReceivedDocument document : documents) {
            int position = next++;
            try (InputStream content = document.content().open()) {
                template.update(connection -> {
                    PreparedStatement statement = connection.prepareStatement("INSERT INTO transmission_document "
                            + "(transmission_id, position, role, file_name, content_type, size_bytes, sha256, "
                            + "received_at, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                    statement.setObject(1, id);
                    statement.setInt(2, position);
                    statement.setString(3, document.role().name());
                    statement.setString(4, document.fileName() == null ? "" : document.fileName());
                    statement.setString(5, document.contentType());
                    statement.setLong(6, document.size());
                    statement.setString(7, document.sha256());
                    statement.setTimestamp(8, Timestamp.from(at));
                    statement.setBinaryStream(9, content, document.size());
                    return statement;
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The steps not yet written: the history only grows. */
    private void writeSteps(Transmission transmission) {
        int written = jdbc.sql("SELECT count(*) FROM transmission_step WHERE transmission_id = ?")
                .param(transmission.id()).query(Integer.class).single();
        List<HistoryEntry> history = transmission.history();
        for (int position = written; position < history.size(); position++) {
            HistoryEntry entry = history.get(position);
            jdbc.sql("INSERT INTO transmission_step (transmission_id, position, status, at, detail) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(transmission.id(), position, entry.status().name(), Timestamp.from(entry.at()),
                            entry.detail())
                    .update();
        }
    }

    private Transmission row(ResultSet rs, int rowNumber) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        String acte = rs.getString("acte_identifier");
        Timestamp acknowledgedAt = rs.getTimestamp("acknowledged_at");
        Timestamp complementAt = rs.getTimestamp("complement_requested_at");
        List<HistoryEntry> history = new ArrayList<>(jdbc.sql("SELECT status, at, detail FROM transmission_step "
                        + "WHERE transmission_id = ? ORDER BY position").param(id)
                .query((step, n) -> new HistoryEntry(TransmissionStatus.valueOf(step.getString("status")),
                        step.getTimestamp("at").toInstant(), step.getString("detail"))).list());
        return new Transmission(id, rs.getString("tiers"), acte,
                NatureActe.ofCode(rs.getInt("nature")).orElseThrow(),
                Classification.parse(rs.getString("classification")),
                rs.getTimestamp("received_at").toInstant(),
                TransmissionStatus.valueOf(rs.getString("status")),
                acknowledgedAt == null ? null : new Acknowledgement(acte, acknowledgedAt.toInstant()),
                rs.getString("refusal_reason"),
                complementAt == null ? null : new ComplementRequest(rs.getString("complement_message"),
                        complementAt.toInstant()),
                history);
    }
}
