package fr.mutualis.identity.config;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import fr.mutualis.identity.IdentityProperties;
import fr.mutualis.identity.token.ClientScopesByDefault;
import fr.mutualis.identity.token.PlatformUserInfo;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with OpenID Connect: the protocol endpoints in one filter chain, the sign-in page and
 * the rest in another. Clients, authorizations and consents live in PostgreSQL (SAS's JDBC implementations).
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    static final String SIGN_IN_PAGE = "/connexion";
    static final String SIGN_OUT_PAGE = "/deconnexion";
    /** The endpoints where a client authenticates itself (SAS's default paths). */
    private static final java.util.Set<String> CLIENT_AUTHENTICATED_ENDPOINTS = java.util.Set.of("/oauth2/token",
            "/oauth2/introspect", "/oauth2/revoke");

    /** Authorize, token, JWKS, discovery, userinfo, introspection, revocation, RP-initiated logout. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http, PlatformUserInfo userInfo) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.tokenEndpoint(token -> token.accessTokenRequestConverter(
                                    new ClientScopesByDefault(new OAuth2ClientCredentialsAuthenticationConverter())))
                            .oidc(oidc -> oidc.userInfoEndpoint(endpoint -> endpoint.userInfoMapper(userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The userinfo endpoint takes the access token as a bearer token.
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()))
                .exceptionHandling(exceptions -> exceptions
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(SIGN_IN_PAGE),
                                htmlRequests())
                        // RFC 6749 §5.2: a client that sends no credentials gets invalid_client, not an empty 401.
                        .defaultAuthenticationEntryPointFor(ProtocolErrors.invalidClient(),
                                request -> CLIENT_AUTHENTICATED_ENDPOINTS.contains(request.getRequestURI())));
        return http.build();
    }

    /**
     * The sign-in and sign-out pages, health probes and the Prometheus scrape (metrics hold no personal data; the
     * service listens on loopback); everything else needs a signed-in person.
     */
    @Bean
    @Order(2)
    SecurityFilterChain pagesChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(SIGN_IN_PAGE, "/css/**", "/error", "/actuator/health", "/actuator/health/**",
                                "/actuator/info", "/actuator/prometheus").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(SIGN_IN_PAGE).permitAll())
                .logout(logout -> logout.logoutUrl(SIGN_OUT_PAGE).logoutSuccessUrl(SIGN_IN_PAGE + "?deconnexion")
                        .permitAll());
        return http.build();
    }

    private static MediaTypeRequestMatcher htmlRequests() {
        MediaTypeRequestMatcher matcher = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        matcher.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        return matcher;
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null && !properties.issuer().isBlank()) {
            settings.issuer(properties.issuer());
        }
        return settings.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(JdbcOperations jdbc) {
        return new JdbcRegisteredClientRepository(jdbc);
    }

    @Bean
    OAuth2AuthorizationService authorizationService(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationService(jdbc, clients);
    }

    @Bean
    OAuth2AuthorizationConsentService authorizationConsentService(JdbcOperations jdbc,
                                                                  RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }

    /** Verifies the bearer tokens of the userinfo endpoint with the published keys. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }
}
