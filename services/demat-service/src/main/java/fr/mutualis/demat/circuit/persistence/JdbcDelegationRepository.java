package fr.mutualis.demat.circuit.persistence;

import fr.mutualis.demat.circuit.domain.Delegation;
import fr.mutualis.demat.circuit.domain.DelegationRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcDelegationRepository implements DelegationRepository {

    private static final String COLUMNS = "id, siren, delegator_email, delegator_elu, delegate_email, starts_on, ends_on";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDelegationRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void add(Delegation delegation) {
        jdbc.sql("INSERT INTO delegation (" + COLUMNS + ", created_at) VALUES (:id, :siren, :delegator, :elu,"
                        + " :delegate, :from, :to, :now)")
                .param("id", delegation.id()).param("siren", delegation.siren())
                .param("delegator", delegation.delegatorEmail()).param("elu", delegation.delegatorElu())
                .param("delegate", delegation.delegateEmail()).param("from", delegation.startsOn())
                .param("to", delegation.endsOn()).param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
    }

    @Override
    public List<Delegation> activeFor(String siren, String delegateEmail, LocalDate day) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation WHERE siren = :siren AND delegate_email = :delegate"
                        + " AND revoked_at IS NULL AND starts_on <= :day AND ends_on >= :day")
                .param("siren", siren).param("delegate", delegateEmail).param("day", day)
                .query(this::delegation).list();
    }

    @Override
    public List<Delegation> of(String siren, String email) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM delegation WHERE siren = :siren AND revoked_at IS NULL"
                        + " AND (delegator_email = :email OR delegate_email = :email) ORDER BY starts_on")
                .param("siren", siren).param("email", email).query(this::delegation).list();
    }

    @Override
    public boolean revoke(UUID id, String delegatorEmail) {
        return jdbc.sql("UPDATE delegation SET revoked_at = :now WHERE id = :id AND delegator_email = :email"
                        + " AND revoked_at IS NULL")
                .param("now", clock.instant().atOffset(java.time.ZoneOffset.UTC)).param("id", id)
                .param("email", delegatorEmail).update() == 1;
    }

    private Delegation delegation(ResultSet rs, int row) throws SQLException {
        return new Delegation(rs.getObject("id", UUID.class), rs.getString("siren"), rs.getString("delegator_email"),
                rs.getBoolean("delegator_elu"), rs.getString("delegate_email"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
    }
}
