package fr.mutualis.referential.membership.persistence;

import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.membership.domain.AdhesionRepository;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Adhesions in table {@code adhesion}. */
@Repository
class JdbcAdhesionRepository implements AdhesionRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAdhesionRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<Adhesion> find(String siren) {
        return jdbc.sql("SELECT * FROM adhesion WHERE siren = :siren").param("siren", siren)
                .query((rs, row) -> map(rs)).optional();
    }

    @Override
    public void save(Adhesion adhesion, boolean demo) {
        int written = jdbc.sql("""
                        INSERT INTO adhesion (siren, adhesion_date, services, left_on, demo, version, updated_at)
                        VALUES (:siren, :date, :services, :leftOn, :demo, :version, :now)
                        ON CONFLICT (siren) DO UPDATE SET adhesion_date = excluded.adhesion_date,
                          services = excluded.services, left_on = excluded.left_on, demo = excluded.demo,
                          version = excluded.version, updated_at = excluded.updated_at
                        WHERE adhesion.version = excluded.version - 1
                        """)
                .param("siren", adhesion.siren())
                .param("date", Date.valueOf(adhesion.adhesionDate()))
                .param("services", adhesion.services().toArray(String[]::new))
                .param("leftOn", adhesion.leftOn() == null ? null : Date.valueOf(adhesion.leftOn()))
                .param("demo", demo)
                .param("version", adhesion.version())
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update();
        if (written != 1) {
            throw new IllegalStateException("The adhesion of " + adhesion.siren() + " changed meanwhile; try again");
        }
    }

    @Override
    public List<Adhesion> all() {
        return jdbc.sql("SELECT * FROM adhesion ORDER BY adhesion_date, siren").query((rs, row) -> map(rs)).list();
    }

    private static Adhesion map(ResultSet rs) throws SQLException {
        Date left = rs.getDate("left_on");
        return new Adhesion(rs.getString("siren"), rs.getDate("adhesion_date").toLocalDate(),
                Arrays.asList((String[]) rs.getArray("services").getArray()),
                left == null ? null : left.toLocalDate(), rs.getLong("version"));
    }
}
