package fr.mutualis.integration.access.web;

import fr.mutualis.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Only a syndicate administrator, holding the platform's admin token ({@code Authorization: Bearer …}), manages
 * integrators. Replaced by the portal's single sign-on when it exists (ADR 0009).
 */
class AdminToken implements HandlerInterceptor {

    private final byte[] expected;
    private final JsonMapper json;

    AdminToken(String token, JsonMapper json) {
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        String given = request.getHeader("Authorization");
        if (given != null && MessageDigest.isEqual(expected, given.getBytes(StandardCharsets.UTF_8))) {
            return true;
        }
        var problem = Problems.of(HttpStatus.UNAUTHORIZED, "Authentification requise",
                "Cette API est réservée aux administrateurs du syndicat : envoyez le jeton d'administration "
                        + "(en-tête Authorization: Bearer …).");
        problem.setInstance(java.net.URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Bearer");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
        return false;
    }
}
