package fr.mutualis.portal.search;

import fr.mutualis.portal.shared.signin.PageAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The search, its suggestions, its export and the records' pages are open to everyone, as the search API is. */
@Configuration(proxyBeanMethods = false)
class SearchPageAccess {

    @Bean
    PageAccessRules searchPages() {
        return requests -> requests.requestMatchers("/recherche", "/recherche/**").permitAll();
    }
}
