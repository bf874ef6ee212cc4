package fr.mutualis.integration.access.persistence;

import fr.mutualis.integration.access.domain.Integrator;
import fr.mutualis.integration.access.domain.IntegratorRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Integrators in table {@code integrator}: the record of who was given access, kept after revocation. */
public class JdbcIntegratorRepository implements IntegratorRepository {

    private final JdbcClient jdbc;

    public JdbcIntegratorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Integrator integrator) {
        return jdbc.sql("""
                        INSERT INTO integrator (name, organisation, contact_email, grants, created_at, revoked_at)
                        VALUES (:name, :organisation, :contactEmail, :grants, :createdAt, NULL)
                        ON CONFLICT (name) DO NOTHING
                        """)
                .param("name", integrator.name())
                .param("organisation", integrator.organisation())
                .param("contactEmail", integrator.contactEmail())
                .param("grants", integrator.grants().toArray(String[]::new))
                .param("createdAt", Timestamp.from(integrator.createdAt()))
                .update() == 1;
    }

    @Override
    public void update(Integrator integrator) {
        jdbc.sql("UPDATE integrator SET grants = :grants, revoked_at = :revokedAt WHERE name = :name")
                .param("name", integrator.name())
                .param("grants", integrator.grants().toArray(String[]::new))
                .param("revokedAt", integrator.revokedAt() == null ? null : Timestamp.from(integrator.revokedAt()))
                .update();
    }

    @Override
    public Optional<Integrator> find(String name) {
        return jdbc.sql("SELECT * FROM integrator WHERE name = :name").param("name", name)
                .query((rs, row) -> map(rs)).optional();
    }

    @Override
    public List<Integrator> all() {
        return jdbc.sql("SELECT * FROM integrator ORDER BY name").query((rs, row) -> map(rs)).list();
    }

    private static Integrator map(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Integrator(rs.getString("name"), rs.getString("organisation"), rs.getString("contact_email"),
                Arrays.asList((String[]) rs.getArray("grants").getArray()), rs.getTimestamp("created_at").toInstant(),
                revoked == null ? null : revoked.toInstant());
    }
}
