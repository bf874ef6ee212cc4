package fr.mutualis.experience;

import fr.mutualis.experience.record.FullRecordJson;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ServiceEndpoints;
import fr.mutualis.testing.fuzz.StoredState;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * At least 1,000 hostile requests, invalid by construction, drawn from the service's own mappings and request
 * records: never a 5xx, always a French problem+json, no echo, and no change in any table (outbox and audit included).
 */
class ExperienceFuzzIntegrationTest extends ServiceIntegrationTest {

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_cleanly_and_change_nothing() {
        // A draft of the caller's own collectivité, so that most requests reach binding and validation.
        String draft = api.post("/api/experiences", FullRecordJson.of("Fiche du fuzzing")).body().get("id").asString();
        TestIssuer issuer = TestIssuer.shared();
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE,
                FullRecordJson.ALFORTVILLE);
        return RequestFuzzer.against("experience-service", port)
                .endpoints(ServiceEndpoints.fromMappings(mappings, "/api/"))
                .callers(new Callers(List.of(issuer.agentOf(GIRONDE), issuer.dpo(), issuer.administrator()),
                        List.of(issuer.agentOf(FullRecordJson.ALFORTVILLE), issuer.eluOf(GIRONDE),
                                issuer.withoutRole(GIRONDE)),
                        List.copyOf(matrix.forgedTokens(GIRONDE).values())))
                .pathValue("id", draft)
                .pathValue("siren", GIRONDE)
                .storedState(StoredState.tables(dataSource))
                .requests(1_000)
                .dynamicTests();
    }
}
