package fr.mutualis.referential;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** Everyone reads the referential and the membership; only the syndicate's administrators change them (ADR 0012). */
@Configuration
class ReferentialApiAccess {

    @Bean
    ApiAccessRules referentialAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/collectivites", "/api/collectivites/**", "/api/adhesions",
                        "/api/adhesions/**", "/api/referentiel/**").permitAll()
                .requestMatchers("/api/**").hasAuthority(PlatformRole.ADMINISTRATEUR.authority());
    }
}
