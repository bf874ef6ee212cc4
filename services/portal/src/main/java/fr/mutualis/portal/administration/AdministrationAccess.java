package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.signin.PageAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The administration is the syndicate administrators'; the APIs behind it check the same role again. */
@Configuration(proxyBeanMethods = false)
class AdministrationAccess {

    @Bean
    PageAccessRules administrationPages() {
        return requests -> requests.requestMatchers("/administration", "/administration/**").hasRole("ADMINISTRATEUR");
    }
}
