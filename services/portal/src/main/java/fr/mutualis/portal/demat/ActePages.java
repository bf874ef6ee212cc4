package fr.mutualis.portal.demat;

import fr.mutualis.portal.shared.signin.PageAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Published actes are public; the actes of a collectivité are for its agents and élus. */
@Configuration
class ActePages {

    @Bean
    PageAccessRules acteAccess() {
        return requests -> requests
                .requestMatchers("/actes/publies", "/actes/publies/**").permitAll()
                .requestMatchers("/actes", "/actes/**").hasAnyRole("AGENT", "ELU");
    }
}
