package fr.mutualis.portal.shared.calls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

class ServiceProblemTest {

    @Test
    void a_validation_problem_gives_each_field_its_french_message() {
        ServiceProblem problem = refusal(422, """
                {"type":"about:blank","title":"Requête invalide","status":422,
                 "detail":"La requête contient 2 erreurs : corrigez les champs indiqués.",
                 "errors":[{"field":"title","message":"Le titre est obligatoire."},
                           {"field":"axes[1]","message":"L'axe « x » est inconnu."}]}""");

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.title()).isEqualTo("Requête invalide");
        assertThat(problem.detail()).startsWith("La requête contient 2 erreurs");
        assertThat(problem.fieldErrors()).containsExactly(java.util.Map.entry("title", "Le titre est obligatoire."),
                java.util.Map.entry("axes[1]", "L'axe « x » est inconnu."));
        assertThat(problem.errorsOf("axes")).containsExactly("L'axe « x » est inconnu.");
        assertThat(problem.errorsOf("ax")).isEmpty();
    }

    @Test
    void an_answer_that_is_not_a_problem_still_gives_a_french_title() {
        ServiceProblem failure = refusal(500, "<html>Internal Server Error</html>");
        ServiceProblem refusal = refusal(403, "");

        assertThat(failure.title()).isEqualTo("Le service a rencontré une erreur");
        assertThat(refusal.title()).isEqualTo("Demande refusée");
        assertThat(refusal.detail()).isEqualTo("Demande refusée");
        assertThat(refusal.fieldErrors()).isEmpty();
    }

    private static ServiceProblem refusal(int status, String body) {
        MockClientHttpResponse response = new MockClientHttpResponse(body.getBytes(StandardCharsets.UTF_8),
                HttpStatus.valueOf(status));
        return catchThrowableOfType(ServiceProblem.class,
                () -> ServiceProblem.from(new MockClientHttpRequest(HttpMethod.POST, "/api/experiences"), response));
    }
}
