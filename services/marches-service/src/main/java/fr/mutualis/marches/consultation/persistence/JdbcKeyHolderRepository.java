package fr.mutualis.marches.consultation.persistence;

import fr.mutualis.marches.consultation.domain.KeyHolder;
import fr.mutualis.marches.consultation.domain.KeyHolderRepository;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcKeyHolderRepository implements KeyHolderRepository {

    private final JdbcClient jdbc;

    JdbcKeyHolderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(UUID consultationId, List<KeyHolder> holders) {
        jdbc.sql("DELETE FROM consultation_key_holder WHERE consultation_id = :id").param("id", consultationId).update();
        for (KeyHolder holder : holders) {
            jdbc.sql("INSERT INTO consultation_key_holder (consultation_id, role, holder_email, public_key,"
                            + " sealed_private_key) VALUES (:id, :role, :email, :publicKey, :sealed)")
                    .param("id", consultationId).param("role", holder.role()).param("email", holder.email())
                    .param("publicKey", holder.publicKey()).param("sealed", holder.sealedPrivateKey()).update();
        }
    }

    @Override
    public List<KeyHolder> of(UUID consultationId) {
        return jdbc.sql("SELECT role, holder_email, public_key, sealed_private_key FROM consultation_key_holder"
                        + " WHERE consultation_id = :id ORDER BY role")
                .param("id", consultationId)
                .query((rs, row) -> new KeyHolder(rs.getString("role"), rs.getString("holder_email"),
                        rs.getBytes("public_key"), rs.getBytes("sealed_private_key")))
                .list();
    }
}
