package fr.mutualis.marches.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.mutualis.service.referential.ReferentialClient;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.KnownCollectivites;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port, with the real PostgreSQL and clamd of the test run, a referential that knows
 * the collectivités of these tests, and a clock that tests move forward to pass a deadline.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MarchesIntegrationTest.TestBeans.class)
public abstract class MarchesIntegrationTest {

    public static final String GIRONDE = KnownCollectivites.GIRONDE;
    public static final String BORDEAUX = KnownCollectivites.BORDEAUX;
    public static final String AGENT = "agent.gironde@demo.mutualis.fr";
    public static final String BACKUP_AGENT = "agent2.gironde@demo.mutualis.fr";
    public static final String PASSPHRASE = "Ouverture des plis 2027 !";
    public static final String BACKUP_PASSPHRASE = "Clé de secours du service achats";
    /** Two companies with valid SIRETs. */
    public static final String NUMERIA = "41234567000019";
    public static final String ATLANTIC = "52398765900019";
    public static final Path FILES = temporaryFolder("marches-files");
    protected static final MovableClock CLOCK = new MovableClock();
    protected static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    public static final String SECRETS_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @DynamicPropertySource
    static void realComponents(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl("marches_service_test"));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        RealStack.endpoints().clamavSpringProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("mutualis.files.local.root", FILES::toString);
        registry.add("mutualis.secrets.key", () -> SECRETS_KEY);
        registry.add("mutualis.marches.deadline-check-interval", () -> "PT0.2S");
    }

    protected MarchesApi as(String siren, String email, String... roles) {
        JWTClaimsSet.Builder claims = TestIssuer.shared().person(siren, roles).claim("email", email);
        return new MarchesApi(port, TestIssuer.shared().bearer(claims));
    }

    protected MarchesApi buyer() {
        return as(GIRONDE, AGENT, "agent");
    }

    protected MarchesApi backupHolder() {
        return as(GIRONDE, BACKUP_AGENT, "agent");
    }

    protected MarchesApi company(String siret) {
        return new MarchesApi(port, TestIssuer.shared().companyOf(siret));
    }

    protected MarchesApi anonymous() {
        return new MarchesApi(port, null);
    }

    /**
     * The service's date in Paris, which runs ahead of the wall clock by what tests advanced. When midnight is less
     * than two minutes away, the clock steps over it first, so the date stays the service's date for the whole test.
     */
    protected static LocalDate serviceToday() {
        ZonedDateTime now = ZonedDateTime.now(CLOCK.withZone(PARIS));
        Duration toMidnight = Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(PARIS));
        if (toMidnight.compareTo(Duration.ofMinutes(2)) < 0) {
            CLOCK.advance(toMidnight.plusSeconds(1));
        }
        return LocalDate.now(CLOCK.withZone(PARIS));
    }

    /** A local Paris date-time {@code seconds} from the service's now, as buyers write deadlines. */
    protected static String parisIn(long seconds) {
        return LocalDateTime.ofInstant(CLOCK.instant().plusSeconds(seconds), PARIS)
                .truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** A consultation drafted, with a DCE file and its two key holders, published. */
    protected String published(String reference, String deadline) {
        String id = draft(reference, deadline);
        addDce(id, "RC-" + reference + ".pdf");
        holdKeys(id);
        var published = buyer().post("/api/marches/consultations/" + id + "/publication", "{}");
        assertThat(published.getStatusCode().value()).as(published.toString()).isEqualTo(200);
        return id;
    }

    protected String draft(String reference, String deadline) {
        var created = buyer().post("/api/marches/consultations", MarchesApi.consultation(reference, deadline));
        assertThat(created.getStatusCode().value()).as(created.toString()).isEqualTo(201);
        return created.getBody().path("id").asString();
    }

    protected void addDce(String id, String name) {
        var added = buyer().upload("/api/marches/consultations/" + id + "/dce", "fichier",
                Map.of(name, Documents.pdf("Règlement de la consultation " + id + " " + name)));
        assertThat(added.getStatusCode().value()).as(added.toString()).isEqualTo(200);
    }

    protected void holdKeys(String id) {
        assertThat(buyer().put("/api/marches/consultations/" + id + "/cles/principal",
                "{\"phraseDePasse\": \"" + PASSPHRASE + "\"}").getStatusCode().value()).isEqualTo(204);
        assertThat(backupHolder().put("/api/marches/consultations/" + id + "/cles/secours",
                "{\"phraseDePasse\": \"" + BACKUP_PASSPHRASE + "\"}").getStatusCode().value()).isEqualTo(204);
    }

    /** The types of the events written to the outbox for aggregate {@code id}, in order. */
    protected List<String> events(String id) {
        return jdbc.sql("SELECT type FROM outbox WHERE aggregateid = :id ORDER BY aggregate_version")
                .param("id", id).query(String.class).list();
    }

    protected static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestBeans {

        @Bean
        @Primary
        Clock movableClock() {
            return CLOCK;
        }

                @Bean
        @Primary
        ReferentialClient knownCollectivites() {
            return new KnownCollectivites();
        }
    }
}
