package fr.mutualis.experience.support;

import fr.mutualis.testing.security.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The whole service on a random port, against the real PostgreSQL of the test run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(KnownCollectivites.class)
public abstract class ServiceIntegrationTest {

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
    }

    /** The collectivité of the agent {@link #api} signs in as. */
    protected static final String GIRONDE = "223300013";

    @LocalServerPort
    private int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    /** Signed in as an agent of {@link #GIRONDE}. */
    protected Api api;
    protected OutboxRows outbox;

    @BeforeEach
    void clients() {
        api = new Api(port, json, GIRONDE);
        outbox = new OutboxRows(jdbc);
    }
}
