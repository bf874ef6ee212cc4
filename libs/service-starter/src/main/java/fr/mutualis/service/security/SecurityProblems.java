package fr.mutualis.service.security;

import fr.mutualis.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The French problems of sign-in and permissions, written by the security filters (401, 403) with the
 * {@code WWW-Authenticate} header RFC 6750 asks for.
 */
public final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint bearerEntryPoint = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler bearerAccessDenied = new BearerTokenAccessDeniedHandler();
    private final JsonMapper json;

    public SecurityProblems(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        bearerEntryPoint.commence(request, response, ex);
        write(request, response, unauthorized(ex));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        bearerAccessDenied.handle(request, response, ex);
        write(request, response, forbidden());
    }

    public static ProblemDetail unauthorized(AuthenticationException ex) {
        if (ex instanceof InvalidBearerTokenException) {
            return Problems.of(HttpStatus.UNAUTHORIZED, "Jeton refusé",
                    "Le jeton d'accès est invalide, expiré ou émis pour un autre service : reconnectez-vous.");
        }
        return Problems.of(HttpStatus.UNAUTHORIZED, "Connexion requise",
                "Connectez-vous : cette opération demande un jeton d'accès (en-tête Authorization: Bearer …) "
                        + "émis par le fournisseur d'identité de la plateforme.");
    }

    public static ProblemDetail forbidden() {
        return Problems.of(HttpStatus.FORBIDDEN, "Accès refusé",
                "Votre compte n'a pas le rôle nécessaire pour cette opération.");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
