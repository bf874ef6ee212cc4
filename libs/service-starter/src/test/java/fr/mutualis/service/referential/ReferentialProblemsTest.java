package fr.mutualis.service.referential;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferentialProblemsTest {

    @Test
    void a_referential_that_does_not_answer_is_a_french_503_to_try_again() {
        var answer = new ReferentialProblems().unavailable(new ReferentialUnavailableException("timeout", null));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(answer.getBody().getTitle()).isEqualTo("Référentiel indisponible");
        assertThat(answer.getBody().getDetail()).contains("Réessayez");
    }
}
