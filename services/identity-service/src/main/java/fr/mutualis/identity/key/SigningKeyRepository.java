package fr.mutualis.identity.key;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code signing_key} table. */
@Repository
class SigningKeyRepository {

    private final JdbcClient jdbc;

    SigningKeyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises rotations across instances until the end of the current transaction. */
    void lockForRotation() {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('mutualis-identity-signing-key'))").query().singleRow();
    }

    void insert(StoredSigningKey key) {
        jdbc.sql("INSERT INTO signing_key (kid, algorithm, public_key, private_key_encrypted, created_at) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(key.kid(), key.algorithm(), key.publicKey(), key.sealedPrivateKey(),
                        Timestamp.from(key.createdAt()))
                .update();
    }

    List<StoredSigningKey> newestFirst() {
        return jdbc.sql("SELECT * FROM signing_key ORDER BY created_at DESC, kid")
                .query((row, number) -> new StoredSigningKey(row.getString("kid"), row.getString("algorithm"),
                        row.getBytes("public_key"), row.getBytes("private_key_encrypted"),
                        row.getTimestamp("created_at").toInstant()))
                .list();
    }
}
