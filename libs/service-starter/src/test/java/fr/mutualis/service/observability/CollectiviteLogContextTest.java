package fr.mutualis.service.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

class CollectiviteLogContextTest {

    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_requests_of_a_signed_in_agent_log_the_siren_of_its_collectivite_and_nothing_after() throws Exception {
        SecurityContextHolder.getContext().setAuthentication(new JwtAuthenticationToken(Jwt.withTokenValue("t")
                .header("alg", "RS256").subject("agent-42").claim("siret", "22330001300016")
                .claim("email", "agent.gironde@demo.mutualis.fr").issuedAt(Instant.now()).build()));

        new CollectiviteLogContext().doFilter(new MockHttpServletRequest("GET", "/api/x"), new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get("collectivite")));

        assertThat(seen).containsExactly("223300013");
        assertThat(MDC.get("collectivite")).isNull();
    }

    @Test
    void an_anonymous_request_logs_no_collectivite() throws Exception {
        new CollectiviteLogContext().doFilter(new MockHttpServletRequest("GET", "/api/x"), new MockHttpServletResponse(),
                (request, response) -> seen.add(MDC.get("collectivite")));

        assertThat(seen).containsExactly((String) null);
    }
}
