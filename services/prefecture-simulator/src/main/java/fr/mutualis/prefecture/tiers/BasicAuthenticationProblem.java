package fr.mutualis.prefecture.tiers;

import fr.mutualis.web.problem.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * The French 401 of a tiers that did not sign in, or with a wrong login or password, with its Basic challenge; and the
 * 403 of a caller the rules do not let through.
 */
final class BasicAuthenticationProblem implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String CHALLENGE = "Basic realm=\"prefecture\"";

    private final JsonMapper json;

    BasicAuthenticationProblem(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
            throws IOException {
        ProblemDetail problem = Problems.of(HttpStatus.UNAUTHORIZED, "Authentification requise",
                "Le tiers de télétransmission doit s'authentifier auprès de la préfecture (HTTP Basic : identifiant "
                        + "et mot de passe du tiers) ; l'identifiant ou le mot de passe fourni, s'il y en a un, est "
                        + "refusé.");
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        write(request, response, problem);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException ex)
            throws IOException {
        write(request, response, Problems.of(HttpStatus.FORBIDDEN, "Accès refusé",
                "Ce compte n'est pas celui d'un tiers de télétransmission habilité auprès de la préfecture."));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(problem));
    }
}
