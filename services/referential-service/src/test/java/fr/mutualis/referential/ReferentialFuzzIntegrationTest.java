package fr.mutualis.referential;

import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ServiceEndpoints;
import fr.mutualis.testing.fuzz.StoredState;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.RealStack;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * At least 1,000 hostile requests, invalid by construction, drawn from the service's own mappings and request
 * records: never a 5xx, always a French problem+json, no echo, and no change in any table (outbox and audit included).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "mutualis.referential.import-on-startup=false",
        "mutualis.referential.source.integrity=",
        // An import would fail on this missing archive: none may be started by a hostile request anyway.
        "mutualis.referential.source.location=/nonexistent/referential-fuzz.tgz"})
class ReferentialFuzzIntegrationTest {

    private static final String GIRONDE = "223300013";

    @DynamicPropertySource
    static void realPostgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> RealStack.endpoints().jdbcUrl("referential_service_test"));
        registry.add("spring.datasource.username", () -> RealStack.endpoints().postgresUser());
        registry.add("spring.datasource.password", () -> RealStack.endpoints().postgresPassword());
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
    }

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_cleanly_and_change_nothing() {
        TestIssuer issuer = TestIssuer.shared();
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE,
                "219400025");
        return RequestFuzzer.against("referential-service", port)
                .endpoints(ServiceEndpoints.fromMappings(mappings, "/api/"))
                .callers(Callers.ofAdministrators(issuer, matrix, GIRONDE))
                .pathValue("siren", GIRONDE, "213300635")
                .pathValue("codeInsee", "33063")
                .storedState(StoredState.tables(dataSource))
                .requests(1_000)
                .dynamicTests();
    }
}
