package fr.mutualis.demat;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Who may call what. Reading an acte, its documents, history and signature check, the classifications and the open
 * data is open to all: the use cases show a published acte to anyone and the others to their collectivité's agents
 * and élus only (a token, when sent, is verified). Changing actes is for agents and élus, whose collectivité the use
 * cases compare with the acte's.
 */
@Configuration
class DematApiAccess {

    @Bean
    ApiAccessRules dematAccessRules() {
        return requests -> requests
                .requestMatchers(HttpMethod.GET, "/api/demat/actes/*", "/api/demat/actes/*/historique",
                        "/api/demat/actes/*/documents/*", "/api/demat/actes/*/signature/verification",
                        "/api/demat/collectivites/*/classification", "/api/demat/donnees-ouvertes/*/*").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/demat/verification-signature").permitAll()
                .requestMatchers("/api/demat/**").hasAnyAuthority(PlatformRole.AGENT.authority(),
                        PlatformRole.ELU.authority());
    }
}
