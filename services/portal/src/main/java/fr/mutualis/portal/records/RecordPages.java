package fr.mutualis.portal.records;

import fr.mutualis.portal.shared.signin.PageAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * « Mes fiches » are for the agents and élus of a collectivité; writing is for its agents. experience-service decides
 * again on each call (only the record's own collectivité), so these rules only keep others from forms they could not
 * send.
 */
@Configuration
class RecordPages {

    @Bean
    PageAccessRules myRecordsAccess() {
        return requests -> requests
                .requestMatchers("/mes-fiches/nouvelle", "/mes-fiches/*/modifier").hasRole("AGENT")
                .requestMatchers(HttpMethod.POST, "/mes-fiches", "/mes-fiches/**").hasRole("AGENT")
                .requestMatchers("/mes-fiches", "/mes-fiches/**").hasAnyRole("AGENT", "ELU");
    }
}
