package fr.mutualis.portal.shared.signin;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** A feature's pages and who may open them, e.g. {@code requests.requestMatchers("/administration/**").hasRole(…)}. */
@FunctionalInterface
public interface PageAccessRules {

    void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry requests);
}
