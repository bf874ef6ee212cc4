package fr.mutualis.service.observability;

import fr.mutualis.service.security.PlatformSecurityAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What an operator needs to observe a service, whichever security chains it declares (the platform's, or its own
 * such as identity-service's): the actuator endpoints a probe or a scraper reads, and the collectivité of the
 * signed-in user in the logs of its requests.
 */
@AutoConfiguration(after = PlatformSecurityAutoConfiguration.class)
public class ObservabilityAutoConfiguration {

    /**
     * Open without a token: the health probes, the info, and the Prometheus scrape. The metrics are counts, durations
     * and pool sizes tagged by route templates, topics and outcomes — no personal data, no record's identifier — and
     * a service listens on loopback unless its operator opens it (in Kubernetes a NetworkPolicy admits the scraper
     * only). Every other actuator endpoint stays closed.
     */
    static final String[] OPEN_ACTUATOR_ENDPOINTS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus"};

    /** Before any service's chain, so that its own rules cannot close the probes or the scrape by accident. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain openActuatorEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher(OPEN_ACTUATOR_ENDPOINTS)
                .csrf(csrf -> csrf.disable()) // read-only, and no cookie a forged request could carry
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return http.build();
    }

    /** Right after the security chain, which has authenticated the request by then. */
    @Bean
    FilterRegistrationBean<CollectiviteLogContext> collectiviteLogContext() {
        FilterRegistrationBean<CollectiviteLogContext> registration =
                new FilterRegistrationBean<>(new CollectiviteLogContext());
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
