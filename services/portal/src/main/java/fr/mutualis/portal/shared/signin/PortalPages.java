package fr.mutualis.portal.shared.signin;

import java.util.List;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Which pages are open to whom. Open: the home page, the search of retours d'expérience and their pages, the
 * developers' page, the accessibility statement, the static assets. Each feature adds its own rules as a
 * {@link PageAccessRules} bean; every other page needs a sign-in.
 */
@Component
public class PortalPages {

    private final List<PageAccessRules> rules;

    PortalPages(List<PageAccessRules> rules) {
        this.rules = List.copyOf(rules);
    }

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/", "/error", "/css/**", "/js/**", "/images/**", "/favicon.ico",
                "/accessibilite", "/developpeurs", "/evenements/**").permitAll();
        rules.forEach(rule -> rule.authorize(requests));
    }
}
