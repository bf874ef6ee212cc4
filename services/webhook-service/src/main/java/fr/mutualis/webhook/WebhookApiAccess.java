package fr.mutualis.webhook;

import fr.mutualis.service.security.ApiAccessRules;
import fr.mutualis.service.security.PlatformRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Subscriptions, replays and dead letters are the syndicate administrators': a subscription receives events that
 * may carry a consented contact.
 */
@Configuration
class WebhookApiAccess {

    @Bean
    ApiAccessRules webhookAccessRules() {
        return requests -> requests.requestMatchers("/api/webhooks/**")
                .hasAuthority(PlatformRole.ADMINISTRATEUR.authority());
    }
}
