package fr.mutualis.search;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The benchmark tool reads only published records and assessments, the actes and consultations searches only published
 * actes and consultations: everything the service serves is public ({@code /api/actes}, {@code /api/consultations} included),
 * and a method it does not serve is answered 405, not 401. The index's administration (its rebuild, ADR 0018) is the
 * syndicate administrators'.
 */
@Configuration
class SearchApiAccess {

    @Bean
    ApiAccessRules searchAccessRules() {
        return requests -> requests
                .requestMatchers("/api/admin/**").hasAuthority(PlatformRole.ADMINISTRATEUR.authority())
                .requestMatchers("/**").permitAll();
    }
}
