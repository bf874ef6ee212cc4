package fr.mutualis.identity.support;

import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole identity service on a fixed free port (the issuer must be known before start-up, as in production),
 * against the real PostgreSQL of the test run, database {@code identity_service_test}, demo accounts on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
public abstract class IdentityServiceTest {

    public static final String DATABASE = "identity_service_test";
    public static final String DEMO_PASSWORD = "demo-mutualis-test";
    /** Test-only key-encryption key; the test database's signing keys are sealed with it. */
    public static final String KEY_ENCRYPTION_KEY = "ibCDwQqRNMMROkbLUb1S+zftr+RYTScDsac/oOKAo20=";
    public static final String PORTAL_SECRET = "portal-secret-of-the-tests";
    public static final String ADMIN_SECRET = "admin-automation-secret-of-the-tests";
    public static final String DPO_SECRET = "dpo-automation-secret-of-the-tests";
    public static final String PORTAL_REDIRECT = "http://127.0.0.1:18080/login/oauth2/code/mutualis";

    private static final int PORT = freePort();
    protected static final String ISSUER = "http://127.0.0.1:" + PORT;
    protected static final PlatformSignIn.Client PORTAL =
            new PlatformSignIn.Client(PlatformSignIn.PORTAL_CLIENT, PORTAL_SECRET, PORTAL_REDIRECT);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl(DATABASE));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        registry.add("server.port", () -> PORT);
        registry.add("mutualis.identity.issuer", () -> ISSUER);
        registry.add("mutualis.identity.key-encryption-key", () -> KEY_ENCRYPTION_KEY);
        // Keys rotated by earlier runs leave the JWKS quickly instead of piling up in the test database.
        registry.add("mutualis.identity.key-overlap", () -> "PT5M");
        registry.add("mutualis.identity.clients.mutualis-portal.secret", () -> PORTAL_SECRET);
        registry.add("mutualis.identity.clients.mutualis-portal.redirect-uris", () -> PORTAL_REDIRECT);
        registry.add("mutualis.identity.clients.mutualis-admin-automation.secret", () -> ADMIN_SECRET);
        registry.add("mutualis.identity.clients.mutualis-dpo-automation.secret", () -> DPO_SECRET);
        registry.add("mutualis.demo.enabled", () -> true);
        registry.add("mutualis.demo.password", () -> DEMO_PASSWORD);
    }

    /** Decodes and verifies a token as a resource server would: signature from the JWKS, issuer, dates. */
    protected static Jwt verify(String token) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
        return decoder.decode(token);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
