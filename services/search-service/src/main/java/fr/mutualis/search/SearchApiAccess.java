package fr.mutualis.search;

import fr.mutualis.service.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark tool reads only published records and assessments: everything it serves is public, and a method it
 * does not serve is answered 405, not 401.
 */
@Configuration
class SearchApiAccess {

    @Bean
    ApiAccessRules searchAccessRules() {
        return requests -> requests.requestMatchers("/**").permitAll();
    }
}
