package fr.mutualis.experience.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** The whole service on a random port, against the real PostgreSQL of the test run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ServiceIntegrationTest {

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        RealPostgres.register(registry);
    }

    @LocalServerPort
    private int port;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected JdbcClient jdbc;

    protected Api api;
    protected OutboxRows outbox;

    @BeforeEach
    void clients() {
        api = new Api(port, json);
        outbox = new OutboxRows(jdbc);
    }
}
