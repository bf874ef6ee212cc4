package fr.mutualis.prefecture.tiers;

import fr.mutualis.service.security.ApiAccessRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The préfecture authenticates machines, not people: the tiers de télétransmission signs in with HTTP Basic (login and
 * password of {@link TiersProperties}), where the real one presents its RGS certificate over mutual TLS. No bearer
 * token is accepted.
 *
 * <p>This chain replaces the starter's (its {@code platformSecurity} chain stands back when a service declares one)
 * and keeps what the starter's gives every service: stateless, no CSRF (no cookie), no request cache, the same
 * security headers, health probes and the error page open, the service's {@link ApiAccessRules} applied, anything
 * else requiring a signed-in caller.
 */
@Configuration
public class TiersAuthentication {

    /** The authority of every tiers de télétransmission. */
    public static final String TIERS_AUTHORITY = "ROLE_TIERS_TELETRANSMISSION";

    /** The starter's policy (PlatformSecurityAutoConfiguration), for the pages a service may serve. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(TiersAuthentication.class);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    @Bean
    PasswordEncoder tiersPasswordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserDetailsService tiersAccounts(TiersProperties properties, PasswordEncoder encoder) {
        List<UserDetails> accounts = new ArrayList<>();
        for (Map.Entry<String, TiersProperties.Credentials> tiers : properties.tiers().entrySet()) {
            String login = tiers.getKey();
            TiersProperties.Credentials credentials = tiers.getValue();
            if (!LOGIN.matcher(login).matches()) {
                throw new IllegalStateException("mutualis.prefecture.tiers: invalid login '" + login
                        + "' (lowercase letters, digits, '.', '_', '-', at most 64 characters)");
            }
            if (credentials.hasPassword() && credentials.hasPasswordHash()) {
                throw new IllegalStateException("mutualis.prefecture.tiers." + login
                        + ": set password or password-hash, not both");
            }
            String hash;
            if (credentials.hasPasswordHash()) {
                hash = credentials.passwordHash().trim();
                if (!BCRYPT.matcher(hash).matches()) {
                    throw new IllegalStateException("mutualis.prefecture.tiers." + login
                            + ".password-hash is not a bcrypt hash ($2a$, $2b$ or $2y$)");
                }
            } else if (credentials.hasPassword()) {
                hash = encoder.encode(credentials.password());
            } else {
                // Started before its password is given (e.g. the launcher not yet drawing it): the service runs, this
                // tiers cannot sign in.
                log.warn("Tiers de télétransmission '{}' has no password (mutualis.prefecture.tiers.{}.password, "
                        + "e.g. MUTUALIS_DEMAT_TIERS_PASSWORD): it cannot sign in", login, login);
                continue;
            }
            accounts.add(User.withUsername(login).password(hash).authorities(TIERS_AUTHORITY).build());
        }
        log.info("Tiers de télétransmission allowed to sign in: {}",
                accounts.stream().map(UserDetails::getUsername).sorted().toList());
        return new InMemoryUserDetailsManager(accounts);
    }

    @Bean
    SecurityFilterChain tiersSecurity(HttpSecurity http, UserDetailsService accounts, PasswordEncoder encoder,
                                      ObjectProvider<ApiAccessRules> rules, JsonMapper json) throws Exception {
        BasicAuthenticationProblem problems = new BasicAuthenticationProblem(json);
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        http.csrf(csrf -> csrf.disable()) // Basic credentials on every request, no cookie a forged request could carry
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers
                        .contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
                            .permitAll();
                    rules.orderedStream().forEach(rule -> rule.authorize(requests));
                    requests.anyRequest().authenticated();
                })
                .httpBasic(basic -> basic.realmName("prefecture").authenticationEntryPoint(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems));
        return http.build();
    }
}
