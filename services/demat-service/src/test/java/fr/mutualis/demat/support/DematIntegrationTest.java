package fr.mutualis.demat.support;

import com.nimbusds.jwt.JWTClaimsSet;
import fr.mutualis.pdf.pki.DemoCertificateAuthority;
import fr.mutualis.pdf.pki.DemoPki;
import fr.mutualis.pdf.pki.Signer;
import fr.mutualis.service.referential.ReferentialClient;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.KnownCollectivites;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole service on a random port, with the real PostgreSQL and clamd of the test run, a demo certification
 * authority of its own, and a referential that knows the two collectivités of these tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(DematIntegrationTest.Referential.class)
public abstract class DematIntegrationTest {

    public static final String GIRONDE = KnownCollectivites.GIRONDE;
    public static final String BORDEAUX = KnownCollectivites.BORDEAUX;
    /** Only the classification test declares a classification, for this commune that no other test drafts for. */
    public static final String BECHEREL = KnownCollectivites.BECHEREL;
    public static final String AGENT = "agent.gironde@demo.mutualis.fr";
    public static final String ELU = "elu.gironde@demo.mutualis.fr";
    public static final String SECOND_AGENT = "agent2.gironde@demo.mutualis.fr";
    public static final String OTHER_ELU = "elu.bordeaux@demo.mutualis.fr";
    /** Small, so that the "too big" case needs no 150 MB upload; the real limit is the same code with another value. */
    public static final long MAX_FILE_BYTES = 2 * 1024 * 1024;
    protected static final Path FILES = temporaryFolder("demat-files");
    private static final Path PKI_FOLDER = temporaryFolder("demat-pki");
    private static final String PKI_PASSWORD = "test-pki-password";
    protected static final DemoPki PKI = DemoCertificateAuthority.create(List.of(
            new Signer(AGENT, "Léa", "Dubois", "Département de la Gironde", GIRONDE),
            new Signer(ELU, "Sophie", "Laurent", "Département de la Gironde", GIRONDE),
            new Signer(SECOND_AGENT, "Paul", "Martin", "Département de la Gironde", GIRONDE),
            new Signer(OTHER_ELU, "Marc", "Durand", "Commune de Bordeaux", BORDEAUX)), PKI_PASSWORD.toCharArray(),
            PKI_FOLDER);

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void realComponents(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl("demat_service_test"));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        RealStack.endpoints().clamavSpringProperties().forEach((key, value) -> registry.add(key, () -> value));
        registry.add("mutualis.files.local.root", FILES::toString);
        registry.add("mutualis.demat.max-file-bytes", () -> MAX_FILE_BYTES);
        registry.add("mutualis.signature.key-store", () -> PKI.signersKeyStore().toString());
        registry.add("mutualis.signature.key-store-password", () -> PKI_PASSWORD);
        registry.add("mutualis.signature.trust-anchors", () -> PKI.caCertificate().toString());
    }

    /** An HTTP client signed in as the person with these claims. */
    protected DematApi as(String siren, String email, String... roles) {
        JWTClaimsSet.Builder claims = TestIssuer.shared().person(siren, roles).claim("email", email);
        return new DematApi(port, TestIssuer.shared().bearer(claims));
    }

    protected DematApi agentOfGironde() {
        return as(GIRONDE, AGENT, "agent");
    }

    protected DematApi eluOfGironde() {
        return as(GIRONDE, ELU, "elu");
    }

    protected DematApi anonymous() {
        return new DematApi(port, null);
    }

    private static Path temporaryFolder(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tests' collectivités, as the referential describes them (the end-to-end tests use the real one). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Referential {

        @Bean
        @Primary
        ReferentialClient knownCollectivites() {
            return new KnownCollectivites();
        }
    }
}
