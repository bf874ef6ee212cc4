package fr.mutualis.service.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * What a service opens to whom, by request: each service declares one bean. Health probes and error pages are open
 * everywhere; whatever no rule names needs a signed-in user.
 */
@FunctionalInterface
public interface ApiAccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);
}
