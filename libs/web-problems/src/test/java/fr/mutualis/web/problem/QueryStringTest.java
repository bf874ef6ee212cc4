package fr.mutualis.web.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class QueryStringTest {

    @Test
    void decodes_names_and_values_like_tomcat() {
        var parameters = QueryString.parameters("q=d%C3%A9mat+actes&siren=223300013&siren=213300635&vide");
        assertThat(parameters.get("q")).containsExactly("démat actes");
        assertThat(parameters.get("siren")).containsExactly("223300013", "213300635");
        assertThat(parameters.get("vide")).containsExactly("");
        assertThat(QueryString.parameters(null)).isEmpty();
    }

    @Test
    void refuses_what_tomcat_could_not_decode() {
        assertThatThrownBy(() -> QueryString.parameters("q=%ff")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryString.parameters("q=%zz")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QueryString.parameters("q=%4")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keeps_a_nul_character_for_the_filter_to_refuse() {
        assertThat(QueryString.parameters("q=a%00b").get("q")[0]).contains("\u0000");
    }
}
