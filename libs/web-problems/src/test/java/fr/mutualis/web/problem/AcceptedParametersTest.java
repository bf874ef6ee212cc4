package fr.mutualis.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.web.problem.AcceptedParameters.Accepted;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AcceptedParametersTest {

    private final AcceptedParameters search = new AcceptedParameters("la recherche", List.of(
            new Accepted("q", false, true), new Accepted("page", false, false), new Accepted("axis", true, false)));

    @Test
    void what_the_endpoint_accepts_passes() {
        assertThat(search.mistakesIn(Map.of("q", List.of(""), "page", List.of("2"), "axis", List.of("a", "b"))))
                .isEmpty();
    }

    @Test
    void names_each_unknown_repeated_or_empty_parameter_in_the_order_of_their_names() {
        assertThat(search.mistakesIn(Map.of("taille", List.of("5"), "page", List.of("1", "2"), "axis", List.of("a", " "),
                "q", List.of("un", "deux"))))
                .containsExactly(
                        new FieldErrorItem("axis", "Le paramètre « axis » est vide : donnez-lui une valeur, ou retirez-le."),
                        new FieldErrorItem("page", "Le paramètre « page » ne prend qu'une valeur : il est donné 2 fois."),
                        new FieldErrorItem("q", "Le paramètre « q » ne prend qu'une valeur : il est donné 2 fois."),
                        new FieldErrorItem("taille", "Ce paramètre n'existe pas pour la recherche : q, page, axis."));
    }

    @Test
    void an_endpoint_without_parameters_says_so() {
        assertThat(new AcceptedParameters("cette adresse", List.of()).mistakesIn(Map.of("x", List.of("1"))))
                .containsExactly(new FieldErrorItem("x", "Ce paramètre n'existe pas : cette adresse n'en prend aucun."));
    }
}
