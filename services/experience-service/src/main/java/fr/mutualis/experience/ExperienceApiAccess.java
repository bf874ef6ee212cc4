package fr.mutualis.experience;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what: published records, the barometer's rules and histories are public; records and
 * self-assessments are changed by agents (of the record's own collectivité, checked by the use cases); erasure of a
 * person everywhere is the DPO's; the search's domain vocabulary is read by anyone and changed by administrators.
 */
@Configuration
class ExperienceApiAccess {

    @Bean
    ApiAccessRules experienceAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/experiences", "/api/experiences/*", "/api/barometre/referentiel",
                        "/api/collectivites/*/barometre", "/api/vocabulaire").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/barometre/simulation").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/contacts/effacements").hasAuthority(PlatformRole.DPO.authority())
                .requestMatchers("/api/vocabulaire/**").hasAuthority(PlatformRole.ADMINISTRATEUR.authority())
                .requestMatchers("/api/experiences", "/api/experiences/**", "/api/collectivites/*/barometre")
                .hasAuthority(PlatformRole.AGENT.authority());
    }
}
