package fr.mutualis.marches.deposit.persistence;

import fr.mutualis.marches.deposit.domain.Deposit;
import fr.mutualis.marches.deposit.domain.DepositRepository;
import fr.mutualis.marches.deposit.domain.DepositedFile;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Deposits in PostgreSQL: receipts' file lists and wrapped keys as JSON (keys in base64), never any content. */
@Repository
class JdbcDepositRepository implements DepositRepository {

    private static final String COLUMNS = "id, consultation_id, siret, company_name, depositor_email, deposited_at,"
            + " late, test, receipt_number, files::text, wrapped_keys::text, opened_keys::text";
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;

    JdbcDepositRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Deposit deposit) {
        jdbc.sql("""
                INSERT INTO deposit (id, consultation_id, siret, company_name, depositor_email, deposited_at, late, test,
                    receipt_number, files, wrapped_keys, opened_keys)
                VALUES (:id, :consultation, :siret, :company, :email, :at, :late, :test, :receipt,
                    CAST(:files AS jsonb), CAST(:wrapped AS jsonb), NULL)
                """)
                .param("id", deposit.id()).param("consultation", deposit.consultationId())
                .param("siret", deposit.siret()).param("company", deposit.companyName())
                .param("email", deposit.depositorEmail()).param("at", Timestamp.from(deposit.depositedAt()))
                .param("late", deposit.late()).param("test", deposit.test()).param("receipt", deposit.receiptNumber())
                .param("files", JSON.writeValueAsString(deposit.files()))
                .param("wrapped", JSON.writeValueAsString(deposit.wrappedKeys()))
                .update();
    }

    @Override
    public Optional<Deposit> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit WHERE id = :id").param("id", id).query(this::deposit)
                .optional();
    }

    @Override
    public List<Deposit> ofConsultation(UUID consultationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit WHERE consultation_id = :id ORDER BY deposited_at")
                .param("id", consultationId).query(this::deposit).list();
    }

    @Override
    public List<Deposit> ofCompany(String siret, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM deposit WHERE siret = :siret ORDER BY deposited_at DESC"
                        + " LIMIT :limit")
                .param("siret", siret).param("limit", limit).query(this::deposit).list();
    }

    @Override
    public void saveOpenedKeys(UUID id, List<String> openedKeys) {
        jdbc.sql("UPDATE deposit SET opened_keys = CAST(:keys AS jsonb) WHERE id = :id")
                .param("id", id).param("keys", JSON.writeValueAsString(openedKeys)).update();
    }

    @Override
    public long countOf(UUID consultationId) {
        return jdbc.sql("SELECT count(*) FROM deposit WHERE consultation_id = :id").param("id", consultationId)
                .query(Long.class).single();
    }

    @Override
    public void receptionStarted(UUID receptionId, UUID consultationId, java.time.Instant receivedAt) {
        jdbc.sql("INSERT INTO deposit_reception (id, consultation_id, received_at) VALUES (:id, :consultation, :at)")
                .param("id", receptionId).param("consultation", consultationId)
                .param("at", Timestamp.from(receivedAt)).update();
    }

    @Override
    public void receptionEnded(UUID receptionId) {
        jdbc.sql("DELETE FROM deposit_reception WHERE id = :id").param("id", receptionId).update();
    }

    @Override
    public boolean receptionInProgress(UUID consultationId, java.time.Instant deadline, java.time.Instant since) {
        return jdbc.sql("SELECT count(*) FROM deposit_reception WHERE consultation_id = :id AND received_at < :deadline"
                        + " AND received_at > :since")
                .param("id", consultationId).param("deadline", Timestamp.from(deadline))
                .param("since", Timestamp.from(since)).query(Long.class).single() > 0;
    }

    private Deposit deposit(ResultSet rs, int row) throws SQLException {
        String opened = rs.getString("opened_keys");
        return new Deposit(rs.getObject("id", UUID.class), rs.getObject("consultation_id", UUID.class),
                rs.getString("siret"), rs.getString("company_name"), rs.getString("depositor_email"),
                rs.getTimestamp("deposited_at").toInstant(), rs.getBoolean("late"), rs.getBoolean("test"),
                rs.getString("receipt_number"),
                JSON.readValue(rs.getString("files"), new TypeReference<List<DepositedFile>>() { }),
                JSON.readValue(rs.getString("wrapped_keys"), new TypeReference<List<Map<String, byte[]>>>() { }),
                opened == null ? List.of() : JSON.readValue(opened, new TypeReference<List<String>>() { }));
    }
}
