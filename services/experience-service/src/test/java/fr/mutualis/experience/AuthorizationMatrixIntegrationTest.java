package fr.mutualis.experience;

import static fr.mutualis.testing.security.AuthorizationMatrix.Access.ADMINISTRATORS;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.DPO;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.OWN_AGENTS;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.experience.record.FullRecordJson;
import fr.mutualis.experience.support.ServiceIntegrationTest;
import fr.mutualis.testing.security.AuthorizationMatrix;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint of the service × every kind of caller, from the service's own request mappings. */
class AuthorizationMatrixIntegrationTest extends ServiceIntegrationTest {

    private static final String ANSWERS = """
            {"assessedOn": "2024-03-01", "strategicPlan": false, "digitalElu": false, "axes": ["open-data"],
             "roles": [], "monitoring": false, "communicationTools": ["top-down"]}""";

    @LocalServerPort
    private int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private AuthorizationMatrix matrix;

    @BeforeEach
    void matrix() {
        String draft = api.post("/api/experiences", FullRecordJson.of("Fiche de la matrice")).body().get("id").asString();
        matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, GIRONDE, FullRecordJson.ALFORTVILLE)
                .pathValue("id", draft)
                .pathValue("siren", GIRONDE)
                .expect("GET /api/experiences", PUBLIC)
                .expect("GET /api/experiences/{id}", PUBLIC)
                .expect("POST /api/experiences", OWN_AGENTS)
                .body("POST /api/experiences", caller -> FullRecordJson.of("Fiche créée par " + caller))
                .expect("PUT /api/experiences/{id}", OWN_AGENTS)
                .body("PUT /api/experiences/{id}", caller -> FullRecordJson.of("Fiche modifiée par " + caller))
                .expect("POST /api/experiences/{id}/publication", OWN_AGENTS)
                .expect("POST /api/experiences/{id}/archivage", OWN_AGENTS)
                .expect("DELETE /api/experiences/{id}/contact", OWN_AGENTS)
                .expect("POST /api/contacts/effacements", DPO)
                .body("POST /api/contacts/effacements", caller -> "{\"email\": \"personne@example.fr\"}")
                .expect("GET /api/barometre/referentiel", PUBLIC)
                .expect("POST /api/barometre/simulation", PUBLIC)
                .body("POST /api/barometre/simulation", caller -> ANSWERS)
                .expect("GET /api/collectivites/{siren}/barometre", PUBLIC)
                .expect("POST /api/collectivites/{siren}/barometre", OWN_AGENTS)
                .body("POST /api/collectivites/{siren}/barometre", caller -> ANSWERS)
                .expect("GET /api/vocabulaire", PUBLIC)
                .expect("POST /api/vocabulaire/entrees", ADMINISTRATORS)
                .body("POST /api/vocabulaire/entrees", caller -> vocabularyEntry(caller))
                .expect("PUT /api/vocabulaire/entrees/{id}", ADMINISTRATORS)
                .body("PUT /api/vocabulaire/entrees/{id}", caller -> vocabularyEntry(caller))
                .expect("DELETE /api/vocabulaire/entrees/{id}", ADMINISTRATORS);
    }

    /** Terms of its own per caller, so that no caller's entry conflicts with another's. */
    private static String vocabularyEntry(Object caller) {
        String word = "matrice" + caller.toString().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "")
                + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        return "{\"kind\": \"synonymes\", \"terms\": [\"" + word + "\", \"" + word + " bis\"]}";
    }

    @Test
    void every_endpoint_is_in_the_matrix() {
        assertThat(matrix.endpoints()).isNotEmpty();
        assertThat(matrix.unlisted()).isEmpty();
    }

    @Test
    void every_caller_gets_what_the_matrix_says() {
        assertThat(matrix.violations()).isEmpty();
    }

    @Test
    void forged_expired_and_foreign_tokens_are_refused() {
        matrix.forgedTokens(GIRONDE).forEach((forgery, token) -> assertThat(
                matrix.call("POST /api/experiences", token, FullRecordJson.of("Fiche forgée")))
                .as(forgery).isEqualTo(401));
    }

    @Test
    void an_elu_reads_the_drafts_of_its_collectivite_and_another_agent_does_not() {
        String draft = api.post("/api/experiences", FullRecordJson.of("Brouillon lu par l'élu")).body().get("id")
                .asString();

        assertThat(api.withToken(fr.mutualis.testing.security.TestIssuer.shared().eluOf(GIRONDE))
                .get("/api/experiences/" + draft).status()).isEqualTo(200);
        assertThat(api.as(FullRecordJson.ALFORTVILLE).get("/api/experiences/" + draft).status()).isEqualTo(404);
    }
}
