package fr.mutualis.portal.shared.signin;

import fr.mutualis.service.security.PlatformUser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The portal is a confidential OpenID Connect client of the platform's provider: authorization code with PKCE, the
 * tokens kept in the server-side session (never in the browser), a session cookie that scripts cannot read and other
 * sites cannot send, CSRF tokens on every form, and a sign-out that also ends the session at the provider.
 * Reading and searching are open to everyone; a person's own space and the administration need a sign-in.
 */
@Configuration(proxyBeanMethods = false)
public class PortalSecurityConfiguration {

    /** Everything the portal shows comes from itself: no CDN, no inline script, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self' %s; frame-ancestors 'none'";

    public static final String REGISTRATION = "mutualis";
    public static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                       PortalPages pages) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler providerSignOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        providerSignOut.setPostLogoutRedirectUri("{baseUrl}/");
        String provider = registrations.findByRegistrationId(REGISTRATION).getProviderDetails().getIssuerUri();
        http.authorizeHttpRequests(requests -> {
                    pages.authorize(requests);
                    requests.anyRequest().authenticated();
                })
                .oauth2Login(login -> login
                        .loginPage(SIGN_IN)
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(PortalSecurityConfiguration::withPlatformRoles))
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests)))
                .oauth2Client(client -> { })
                .logout(logout -> logout.logoutUrl("/deconnexion").logoutSuccessHandler(providerSignOut))
                .headers(headers -> headers
                        // The sign-out form posts to the portal, which redirects to the provider: allowed as a target.
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY.formatted(provider)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The platform's roles of the ID token as {@code ROLE_…}, so that pages are opened by role as the APIs are. */
    static Collection<GrantedAuthority> withPlatformRoles(Collection<? extends GrantedAuthority> authorities) {
        List<GrantedAuthority> mapped = new ArrayList<>(authorities);
        authorities.stream().filter(OidcUserAuthority.class::isInstance).map(OidcUserAuthority.class::cast)
                .findFirst()
                .ifPresent(user -> PlatformUser.of(user.getIdToken().getClaims()).roles()
                        .forEach(role -> mapped.add(new SimpleGrantedAuthority(role.authority()))));
        return mapped;
    }
}
