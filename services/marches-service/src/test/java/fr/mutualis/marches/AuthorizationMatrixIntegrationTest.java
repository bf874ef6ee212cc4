package fr.mutualis.marches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.marches.support.MarchesIntegrationTest;
import fr.mutualis.testing.security.AuthorizationMatrix;
import fr.mutualis.testing.security.TestIssuer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the service × every kind of caller, at the door: who is let through (and then meets the use
 * case's rules, tested elsewhere: another buyer's consultation is "not found"), who gets 401 or 403. The endpoints
 * come from the service's own mappings: an unlisted one fails the test. Calls use a published consultation and
 * bodies that no rule accepts, so that nothing changes.
 */
class AuthorizationMatrixIntegrationTest extends MarchesIntegrationTest {

    /** In the order of each row's expectations. */
    private static final List<String> CALLERS = List.of("anonyme", "agent", "élu", "entreprise", "agent d'ailleurs",
            "administrateur", "sans rôle");
    /** Open to all. */
    private static final String PUBLIC = "ok ok ok ok ok ok ok";
    /** Agents and élus of member collectivités; the use cases then keep each buyer's own. */
    private static final String MEMBERS = "401 ok ok 403 ok 403 403";
    /** Companies' representatives. */
    private static final String COMPANIES = "401 403 403 ok 403 403 403";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_lets_in_exactly_whom_it_is_for() {
        String published = published("MATRICE-" + shortId(), parisIn(3600));
        AuthorizationMatrix calls = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE, BORDEAUX)
                .pathValue("id", published).pathValue("role", "principal").pathValue("sha256", "0".repeat(64))
                .pathValue("questionId", UUID.randomUUID().toString())
                .pathValue("depositId", UUID.randomUUID().toString()).pathValue("index", "0")
                .pathValue("siren", GIRONDE).pathValue("annee", "2026");
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("GET /api/marches/consultations-publiees", PUBLIC);
        rows.put("GET /api/marches/consultations/{id}", PUBLIC);
        rows.put("GET /api/marches/consultations/{id}/historique", PUBLIC);
        rows.put("GET /api/marches/consultations/{id}/dce/{sha256}", PUBLIC);
        rows.put("GET /api/marches/consultations/{id}/marches", PUBLIC);
        rows.put("GET /api/marches/donnees-essentielles/{siren}/{annee}", PUBLIC);
        rows.put("GET /api/marches/donnees-essentielles/{siren}/{annee}/ocds", PUBLIC);
        rows.put("POST /api/marches/consultations/{id}/depots", COMPANIES);
        rows.put("POST /api/marches/consultations/{id}/questions", COMPANIES);
        rows.put("GET /api/marches/depots", COMPANIES);
        rows.put("GET /api/marches/depots/{id}", COMPANIES);
        rows.put("GET /api/marches/depots/{id}/accuse-de-reception", COMPANIES);
        rows.put("GET /api/marches/entreprise/avis", COMPANIES);
        for (String endpoint : List.of("GET /api/marches/consultations", "POST /api/marches/consultations",
                "PUT /api/marches/consultations/{id}", "POST /api/marches/consultations/{id}/dce",
                "GET /api/marches/consultations/{id}/retraits", "PUT /api/marches/consultations/{id}/cles/{role}",
                "GET /api/marches/consultations/{id}/cles", "POST /api/marches/consultations/{id}/publication",
                "POST /api/marches/consultations/{id}/report-date-limite",
                "POST /api/marches/consultations/{id}/questions/{questionId}/reponse",
                "POST /api/marches/consultations/{id}/infructueuse", "POST /api/marches/consultations/{id}/sans-suite",
                "POST /api/marches/consultations/{id}/ouverture", "GET /api/marches/consultations/{id}/depots",
                "GET /api/marches/offres/{depositId}/fichiers/{index}", "POST /api/marches/consultations/{id}/attribution",
                "POST /api/marches/marches/{id}/notification", "POST /api/marches/marches/{id}/modifications")) {
            rows.put(endpoint, MEMBERS);
        }
        assertThat(rows.keySet()).as("the endpoints the service maps").containsExactlyInAnyOrderElementsOf(
                calls.endpoints());

        TestIssuer issuer = TestIssuer.shared();
        // The buyer's agent and élu are the consultation's key holders: the opening then answers by the clock (409).
        List<String> tokens = java.util.Arrays.asList(null,
                issuer.bearer(issuer.person(GIRONDE, "agent").claim("email", AGENT)),
                issuer.bearer(issuer.person(GIRONDE, "elu").claim("email", BACKUP_AGENT)),
                issuer.companyOf(NUMERIA), issuer.agentOf(BORDEAUX), issuer.administrator(),
                issuer.withoutRole(GIRONDE));
        List<String> broken = new ArrayList<>();
        rows.forEach((endpoint, expected) -> {
            String[] outcomes = expected.split(" ");
            String body = endpoint.startsWith("GET") || endpoint.endsWith("/dce") || endpoint.endsWith("/depots")
                    ? null : "{}";
            for (int i = 0; i < CALLERS.size(); i++) {
                int status = calls.call(endpoint, tokens.get(i), body);
                boolean letIn = status != 401 && status != 403;
                if (outcomes[i].equals("ok") != letIn || (!letIn && !outcomes[i].equals(String.valueOf(status)))) {
                    broken.add(endpoint + " as " + CALLERS.get(i) + ": expected " + outcomes[i] + ", got " + status);
                }
            }
        });
        assertThat(broken).isEmpty();
        for (Map.Entry<String, String> forged : calls.forgedTokens(GIRONDE).entrySet()) {
            assertThat(calls.call("GET /api/marches/consultations", forged.getValue(), null)).as(forged.getKey())
                    .isEqualTo(401);
        }
        // Nothing changed: the consultation is still published, with no bid and no answer.
        assertThat(buyer().get("/api/marches/consultations/" + published).getBody().path("etat").asString())
                .isEqualTo("publiee");
    }
}
