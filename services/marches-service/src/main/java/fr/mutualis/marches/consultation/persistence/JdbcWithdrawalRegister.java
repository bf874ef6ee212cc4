package fr.mutualis.marches.consultation.persistence;

import fr.mutualis.marches.consultation.domain.Withdrawal;
import fr.mutualis.marches.consultation.domain.WithdrawalRegister;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcWithdrawalRegister implements WithdrawalRegister {

    private final JdbcClient jdbc;

    JdbcWithdrawalRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(UUID consultationId, Withdrawal withdrawal) {
        jdbc.sql("INSERT INTO dce_withdrawal (consultation_id, at, sha256, document_name, siret, email, name)"
                        + " VALUES (:id, :at, :sha256, :document, :siret, :email, :name)")
                .param("id", consultationId).param("at", Rows.timestamp(withdrawal.at()))
                .param("sha256", withdrawal.sha256()).param("document", withdrawal.documentName())
                .param("siret", withdrawal.siret()).param("email", withdrawal.email()).param("name", withdrawal.name())
                .update();
    }

    @Override
    public List<Withdrawal> of(UUID consultationId) {
        return jdbc.sql("SELECT at, sha256, document_name, siret, email, name FROM dce_withdrawal"
                        + " WHERE consultation_id = :id ORDER BY at")
                .param("id", consultationId)
                .query((rs, row) -> new Withdrawal(Rows.instant(rs, "at"), rs.getString("sha256"),
                        rs.getString("document_name"), rs.getString("siret"), rs.getString("email"),
                        rs.getString("name")))
                .list();
    }

    @Override
    public void notifyWithdrawers(UUID consultationId, String message, Instant at) {
        jdbc.sql("INSERT INTO company_notice (siret, consultation_id, at, message) SELECT DISTINCT siret, CAST(:id AS uuid), CAST(:at AS timestamptz),"
                        + " CAST(:message AS text) FROM dce_withdrawal WHERE consultation_id = :id AND siret IS NOT NULL")
                .param("id", consultationId).param("at", Rows.timestamp(at)).param("message", message).update();
    }

    @Override
    public List<CompanyNotice> noticesOf(String siret, int limit) {
        return jdbc.sql("SELECT consultation_id, at, message FROM company_notice WHERE siret = :siret"
                        + " ORDER BY at DESC, id DESC LIMIT :limit")
                .param("siret", siret).param("limit", limit)
                .query((rs, row) -> new CompanyNotice(rs.getObject("consultation_id", UUID.class),
                        Rows.instant(rs, "at"), rs.getString("message")))
                .list();
    }
}
