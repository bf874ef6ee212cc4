package fr.mutualis.search;

import static fr.mutualis.testing.security.AuthorizationMatrix.Access.ADMINISTRATORS;
import static fr.mutualis.testing.security.AuthorizationMatrix.Access.PUBLIC;
import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.search.support.RealStackSpringTest;
import fr.mutualis.testing.security.AuthorizationMatrix;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The benchmark tool and the actes and consultations searches serve only published data: every endpoint is public
 * but the index's administration, and a forged token is still refused. The rebuild is called without a body (400 for an
 * administrator): the matrix never rebuilds the index other test classes share.
 */
class AuthorizationMatrixIntegrationTest extends RealStackSpringTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    private AuthorizationMatrix matrix;

    @BeforeEach
    void matrix() {
        matrix = new AuthorizationMatrix("http://127.0.0.1:" + port, mappings, "223300013", "219400025")
                .pathValue("id", UUID.randomUUID().toString())
                .expect("GET /api/search", PUBLIC)
                .expect("GET /api/search/suggestions", PUBLIC)
                .expect("GET /api/search/export", PUBLIC)
                .expect("GET /api/experiences/{id}/similaires", PUBLIC)
                .expect("GET /api/benchmark", PUBLIC)
                .expect("GET /api/actes", PUBLIC)
                .expect("GET /api/actes/{id}", PUBLIC)
                .expect("GET /api/consultations", PUBLIC)
                .expect("GET /api/consultations/{id}", PUBLIC)
                .expect("POST /api/admin/index-rebuilds", ADMINISTRATORS)
                .expect("GET /api/admin/index-rebuilds/{id}", ADMINISTRATORS)
                .expect("POST /api/search/clics", PUBLIC)
                .body("POST /api/search/clics", caller -> "{\"searchId\": \"" + UUID.randomUUID() + "\"}")
                .expect("GET /api/admin/recherches", ADMINISTRATORS);
    }

    @Test
    void every_endpoint_is_in_the_matrix_and_each_caller_gets_what_it_says() {
        assertThat(matrix.unlisted()).isEmpty();
        assertThat(matrix.violations()).isEmpty();
    }

    @Test
    void a_forged_token_is_refused_even_where_none_is_needed() {
        matrix.forgedTokens("223300013").forEach((forgery, token) ->
                assertThat(matrix.call("GET /api/search", token, null)).as(forgery).isEqualTo(401));
    }
}
