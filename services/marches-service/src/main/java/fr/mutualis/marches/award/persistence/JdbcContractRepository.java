package fr.mutualis.marches.award.persistence;

import fr.mutualis.marches.award.domain.Contract;
import fr.mutualis.marches.award.domain.ContractRepository;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Contracts in PostgreSQL: what is searched in columns, the contract itself as JSON. */
@Repository
class JdbcContractRepository implements ContractRepository {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final JdbcClient jdbc;

    JdbcContractRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(Contract contract) {
        jdbc.sql("""
                INSERT INTO contract (id, consultation_id, buyer_siren, lot, state, version, notified_on, updated_at,
                    document)
                VALUES (:id, :consultation, :siren, :lot, :state, :version, :notifiedOn, :updatedAt,
                    CAST(:document AS jsonb))
                ON CONFLICT (id) DO UPDATE SET state = EXCLUDED.state, version = EXCLUDED.version,
                    notified_on = EXCLUDED.notified_on, updated_at = EXCLUDED.updated_at, document = EXCLUDED.document
                """)
                .param("id", contract.id()).param("consultation", contract.consultationId())
                .param("siren", contract.buyerSiren()).param("lot", contract.lot())
                .param("state", contract.state().code()).param("version", contract.version())
                .param("notifiedOn", contract.notifiedOn()).param("updatedAt", Timestamp.from(contract.updatedAt()))
                .param("document", JSON.writeValueAsString(contract))
                .update();
    }

    @Override
    public Optional<Contract> find(UUID id) {
        return jdbc.sql("SELECT document::text FROM contract WHERE id = :id").param("id", id).query(String.class)
                .optional().map(JdbcContractRepository::contract);
    }

    @Override
    public Optional<Contract> findForUpdate(UUID id) {
        return jdbc.sql("SELECT document::text FROM contract WHERE id = :id FOR UPDATE").param("id", id)
                .query(String.class).optional().map(JdbcContractRepository::contract);
    }

    @Override
    public List<Contract> ofConsultation(UUID consultationId) {
        return jdbc.sql("SELECT document::text FROM contract WHERE consultation_id = :id ORDER BY lot NULLS FIRST")
                .param("id", consultationId).query(String.class).list().stream()
                .map(JdbcContractRepository::contract).toList();
    }

    @Override
    public List<Contract> notifiedUpTo(String buyerSiren, int year) {
        return jdbc.sql("SELECT document::text FROM contract WHERE buyer_siren = :siren AND notified_on < :to"
                        + " ORDER BY notified_on, id")
                .param("siren", buyerSiren).param("to", LocalDate.of(year + 1, 1, 1)).query(String.class).list().stream()
                .map(JdbcContractRepository::contract).toList();
    }

    private static Contract contract(String document) {
        return JSON.readValue(document, Contract.class);
    }
}
