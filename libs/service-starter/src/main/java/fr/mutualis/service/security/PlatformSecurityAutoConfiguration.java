package fr.mutualis.service.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server of the configured OpenID Connect issuer: a request is anonymous or
 * carries a bearer JWT whose signature, issuer, audience and dates are checked; no header or shared token stands for
 * an identity. What is open to whom is each service's {@link ApiAccessRules}.
 */
@AutoConfiguration
@EnableWebSecurity
@EnableConfigurationProperties(PlatformSecurityProperties.class)
@Import(SecurityExceptionHandler.class)
public class PlatformSecurityAutoConfiguration {

    /**
     * For the pages a service serves (the API answers are JSON): scripts and styles from the service itself only, no
     * plugin, no framing, forms posted back to it. Inline styles stay allowed for generated pages such as the event
     * catalogue; inline scripts never.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(PlatformSecurityProperties properties) {
        String issuer = properties.issuerUri().toString();
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
                        audience -> audience != null && audience.contains(properties.audience())));
        // Discovery is deferred to the first token, so that a service starts while its issuer is still starting.
        return new SupplierJwtDecoder(() -> {
            NimbusJwtDecoder decoder = properties.jwkSetUri() == null
                    ? NimbusJwtDecoder.withIssuerLocation(issuer).build()
                    : NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri().toString()).build();
            decoder.setJwtValidator(validator);
            return decoder;
        });
    }

    @Bean
    SecurityProblems securityProblems(JsonMapper json) {
        return new SecurityProblems(json);
    }

    @Bean
    @ConditionalOnMissingBean
    SecurityFilterChain platformSecurity(HttpSecurity http, JwtDecoder decoder, SecurityProblems problems,
                                         ObjectProvider<ApiAccessRules> rules) throws Exception {
        http.csrf(csrf -> csrf.disable()) // bearer tokens only: no cookie a forged request could carry
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(requests -> {
                    // The open actuator endpoints have their own chain (ObservabilityAutoConfiguration).
                    requests.requestMatchers("/error").permitAll();
                    rules.orderedStream().forEach(rule -> rule.authorize(requests));
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticationConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }

    @Bean
    WebMvcConfigurer platformUserArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new PlatformUserArgumentResolver());
            }
        };
    }

    /** The token's scopes as {@code SCOPE_…} and its platform roles as {@code ROLE_…}. */
    static JwtAuthenticationConverter authenticationConverter() {
        JwtGrantedAuthoritiesConverter scopes = new JwtGrantedAuthoritiesConverter();
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(jwt -> {
            Collection<GrantedAuthority> authorities = new ArrayList<>(scopes.convert(jwt));
            PlatformUser.of(jwt).roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
            return authorities;
        });
        return converter;
    }
}
