package fr.mutualis.prefecture;

import fr.mutualis.prefecture.tiers.TiersAuthentication;
import fr.mutualis.service.security.ApiAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Only a tiers de télétransmission the préfecture knows may transmit, and it sees only its own transmissions. */
@Configuration
class PrefectureApiAccess {

    @Bean
    ApiAccessRules prefectureAccessRules() {
        return requests -> requests.requestMatchers("/api/transmissions", "/api/transmissions/**")
                .hasAuthority(TiersAuthentication.TIERS_AUTHORITY);
    }
}
