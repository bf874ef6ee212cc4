package fr.mutualis.portal.marches;

import fr.mutualis.portal.shared.signin.PageAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Anyone reads the published consultations and downloads their DCE; the buyer's pages and forms need a sign-in. */
@Configuration
class MarchesPages {

    @Bean
    PageAccessRules marchesAccess() {
        return requests -> requests
                .requestMatchers("/marches/mes-consultations").hasAnyRole("AGENT", "ELU")
                .requestMatchers(HttpMethod.GET, "/marches", "/marches/*", "/marches/*/dce/*").permitAll();
    }
}
