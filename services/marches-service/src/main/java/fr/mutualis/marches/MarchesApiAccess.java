package fr.mutualis.marches;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Reading published consultations, their DCE, history, contracts and the open data needs no
 * account (a token, when sent, is verified, and names a company in the registre des retraits); drafts are for their
 * buyer's agents and élus, which the use cases check. Companies deposit, ask and read their receipts; buyers do the
 * rest.
 */
@Configuration
class MarchesApiAccess {

    @Bean
    ApiAccessRules marchesAccessRules() {
        String[] members = {PlatformRole.AGENT.authority(), PlatformRole.ELU.authority()};
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/marches/consultations/*", "/api/marches/consultations-publiees",
                        "/api/marches/consultations/*/historique", "/api/marches/consultations/*/dce/*",
                        "/api/marches/consultations/*/marches", "/api/marches/donnees-essentielles/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/marches/consultations/*/depots",
                        "/api/marches/consultations/*/questions").hasAuthority(PlatformRole.ENTREPRISE.authority())
                .requestMatchers(HttpMethod.GET, "/api/marches/depots", "/api/marches/depots/*",
                        "/api/marches/depots/*/accuse-de-reception", "/api/marches/entreprise/avis")
                .hasAuthority(PlatformRole.ENTREPRISE.authority())
                .requestMatchers("/api/marches/**").hasAnyAuthority(members);
    }
}
