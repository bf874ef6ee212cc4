package fr.mutualis.web.problem;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the administrators' APIs of every service: only a syndicate administrator, holding the platform's admin
 * token ({@code Authorization: Bearer …}), passes; others get a French 401 problem. Replaced by the portal's single
 * sign-on when it exists (ADR 0009).
 */
public final class AdminToken implements HandlerInterceptor {

    private final byte[] expected;
    private final JsonMapper json;
    private final boolean readsArePublic;

    /** @throws IllegalStateException if the token is blank: "Authorization: Bearer " would pass */
    public AdminToken(String token, JsonMapper json) {
        this(token, json, false);
    }

    /** A guard of the changes only: {@code GET} and {@code HEAD} requests pass without the token. */
    public static AdminToken forChanges(String token, JsonMapper json) {
        return new AdminToken(token, json, true);
    }

    private AdminToken(String token, JsonMapper json, boolean readsArePublic) {
        if (token == null || token.isBlank()) {
            throw new IllegalStateException("The administrators' token must not be blank");
        }
        this.readsArePublic = readsArePublic;
        this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
        this.json = json;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) throws Exception {
        if (readsArePublic && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            return true;
        }
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
