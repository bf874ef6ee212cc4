package fr.mutualis.marches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.marches.support.Documents;
import fr.mutualis.marches.support.MarchesIntegrationTest;
import fr.mutualis.testing.fuzz.Callers;
import fr.mutualis.testing.fuzz.RequestFuzzer;
import fr.mutualis.testing.fuzz.ServiceEndpoints;
import fr.mutualis.testing.fuzz.StoredState;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile requests on every marchés endpoint, from its mappings and request records: never a 5xx, every error a
 * French problem+json, and no change in any table (outbox and history included). The callers are the buyer's agent
 * and élu, a company, another collectivité's agent, an administrator, and forged tokens.
 */
class MarchesFuzzIntegrationTest extends MarchesIntegrationTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;
    @Autowired
    private DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> hostile_requests_are_refused_cleanly_and_change_nothing() {
        String draft = draft("FUZZ-" + shortId(), parisIn(3600));
        String published = published("FUZZ-" + shortId(), parisIn(3600));
        String sha256 = buyer().get("/api/marches/consultations/" + published).getBody().path("dce").get(0)
                .path("sha256").asString();
        var receipt = company(NUMERIA).upload("/api/marches/consultations/" + published + "/depots", "fichiers",
                Map.of("offre.pdf", Documents.pdf("Offre fuzz")));
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        TestIssuer issuer = TestIssuer.shared();
        AuthorizationMatrix matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE, BORDEAUX);
        return RequestFuzzer.against("marches-service", port)
                .endpoints(ServiceEndpoints.fromMappings(mappings, "/api/"))
                .callers(new Callers(List.of(issuer.agentOf(GIRONDE), issuer.eluOf(GIRONDE), issuer.companyOf(NUMERIA)),
                        List.of(issuer.agentOf(BORDEAUX), issuer.withoutRole(GIRONDE), issuer.administrator(),
                                issuer.companyOf(ATLANTIC)),
                        List.copyOf(matrix.forgedTokens(GIRONDE).values())))
                .pathValue("id", draft, published, receipt.getBody().path("depotId").asString())
                .pathValue("sha256", sha256)
                .pathValue("role", "principal", "secours")
                .pathValue("siren", GIRONDE)
                .pathValue("annee", Year.now().toString())
                // A DCE download is a line of the registre des retraits, by design: the one write a GET makes.
                .storedState(StoredState.tables(dataSource, "dce_withdrawal"))
                .requests(1_000)
                .dynamicTests();
    }
}
