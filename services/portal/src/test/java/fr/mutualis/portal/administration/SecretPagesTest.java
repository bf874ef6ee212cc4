package fr.mutualis.portal.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.ui.ExtendedModelMap;

class SecretPagesTest {

    @Test
    void the_page_that_shows_a_secret_may_be_kept_by_no_cache() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        ExtendedModelMap model = new ExtendedModelMap();

        String view = SecretPages.show(model, response, "Intégrateur « acme » créé",
                List.of(new ShownOnce("Mot de passe", "s3cr3t", true)), "/administration/integrateurs/acme", "Voir");

        assertThat(view).isEqualTo("administration/secret");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(model.getAttribute("lignes")).isEqualTo(List.of(new ShownOnce("Mot de passe", "s3cr3t", true)));
    }
}
