package fr.mutualis.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class ProblemsTest {

    @Test
    void a_validation_problem_lists_at_most_twenty_errors_and_says_how_many_there_are() {
        List<FieldErrorItem> errors = IntStream.range(0, 333)
                .mapToObj(i -> new FieldErrorItem("actionCategory", "La valeur « " + i + " » n'est pas possible."))
                .toList();

        ProblemDetail problem = Problems.validation(errors);

        assertThat((List<?>) problem.getProperties().get(Problems.ERRORS)).hasSize(Problems.MAX_LISTED_ERRORS);
        assertThat(problem.getDetail()).isEqualTo("La requête contient 333 erreurs : corrigez les champs indiqués "
                + "(seules les 20 premières sont listées).");
    }

    @Test
    void a_few_errors_are_all_listed() {
        ProblemDetail problem = Problems.validation(List.of(new FieldErrorItem("a", "x"), new FieldErrorItem("b", "y")));

        assertThat((List<?>) problem.getProperties().get(Problems.ERRORS)).hasSize(2);
        assertThat(problem.getDetail()).isEqualTo("La requête contient 2 erreurs : corrigez les champs indiqués.");
    }

    @Test
    void an_excerpt_keeps_forty_characters_and_never_splits_a_surrogate_pair() {
        assertThat(Problems.excerpt("x".repeat(41))).isEqualTo("x".repeat(40) + "…");
        assertThat(Problems.excerpt("x".repeat(39) + "🙂🙂")).isEqualTo("x".repeat(39) + "…");
        assertThat(Problems.excerpt("court")).isEqualTo("court");
    }
}
