package fr.mutualis.integration;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/** The catalogue of public topics is open; integrators' access is the syndicate administrators' (ADR 0009). */
@Configuration
class IntegrationApiAccess {

    @Bean
    ApiAccessRules integrationAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/topics").permitAll()
                .requestMatchers("/api/integrators", "/api/integrators/**")
                .hasAuthority(PlatformRole.ADMINISTRATEUR.authority());
    }
}
