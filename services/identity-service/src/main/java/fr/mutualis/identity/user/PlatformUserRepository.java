package fr.mutualis.identity.user;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code platform_user} table. */
@Repository
public class PlatformUserRepository {

    private final JdbcClient jdbc;

    public PlatformUserRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PlatformUser> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM platform_user WHERE username = ?")
                .param(username.trim().toLowerCase(Locale.ROOT))
                .query(PlatformUserRepository::map)
                .optional();
    }

    /** Creates the account, or updates the attributes and password hash of the one with this username. */
    public void upsert(NewUser user, String passwordHash) {
        jdbc.sql("""
                        INSERT INTO platform_user (username, password_hash, given_name, usual_name, email, siret,
                                                   organizational_unit, belonging_population, roles)
                        VALUES (:username, :hash, :given, :usual, :email, :siret, :unit, :population, :roles::text[])
                        ON CONFLICT (username) DO UPDATE SET
                            password_hash = EXCLUDED.password_hash, given_name = EXCLUDED.given_name,
                            usual_name = EXCLUDED.usual_name, email = EXCLUDED.email, siret = EXCLUDED.siret,
                            organizational_unit = EXCLUDED.organizational_unit,
                            belonging_population = EXCLUDED.belonging_population, roles = EXCLUDED.roles,
                            updated_at = now()
                        """)
                .param("username", user.username())
                .param("hash", passwordHash)
                .param("given", user.givenName())
                .param("usual", user.usualName())
                .param("email", user.email())
                .param("siret", user.siret())
                .param("unit", user.organizationalUnit())
                .param("population", user.belongingPopulation())
                .param("roles", "{" + String.join(",", user.roles().stream().map(Role::claimValue).toList()) + "}")
                .update();
    }

    public void setEnabled(String username, boolean enabled) {
        jdbc.sql("UPDATE platform_user SET enabled = ?, updated_at = now() WHERE username = ?")
                .params(enabled, username.toLowerCase(Locale.ROOT)).update();
    }

    private static PlatformUser map(ResultSet row, int rowNumber) throws SQLException {
        Array roles = row.getArray("roles");
        List<Role> parsed = Arrays.stream((String[]) roles.getArray()).map(Role::fromClaim).toList();
        return new PlatformUser(row.getObject("id", UUID.class), row.getString("username"),
                row.getString("password_hash"), row.getString("given_name"), row.getString("usual_name"),
                row.getString("email"), row.getString("siret"), row.getString("organizational_unit"),
                row.getString("belonging_population"), parsed, row.getBoolean("enabled"));
    }
}
