package fr.mutualis.prefecture.transmission.web;

import fr.mutualis.web.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a multipart body before any other filter does, and answers its failures as they are: 413 when it is over the
 * limits (size or number of parts), 400 when it cannot be read. Without it, the platform's MalformedRequestFilter,
 * which reads the request's parameters first and so parses the body, takes any parse failure for a badly encoded URL
 * parameter (400).
 */
class MultipartBodyFilter extends OncePerRequestFilter {

    private final JsonMapper json;
    private final DataSize maxRequestSize;

    MultipartBodyFilter(JsonMapper json, DataSize maxRequestSize) {
        this.json = json;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                request.getParts();
            } catch (IOException | ServletException | IllegalStateException e) {
                write(request, response, overLimits(e)
                        ? Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Transmission trop volumineuse",
                                "Une transmission ne peut dépasser " + maxRequestSize.toMegabytes() + " Mo au total "
                                        + "(enveloppe, acte et annexes, ou pièces complémentaires), ni compter plus "
                                        + "de 100 parties.")
                        : Problems.of(HttpStatus.BAD_REQUEST, "Requête multipart illisible",
                                "Le corps de la requête n'est pas un formulaire multipart/form-data lisible "
                                        + "(délimiteur absent, corps tronqué ou en-têtes de partie invalides)."));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Tomcat's FileUpload size and count exceptions, wherever in the chain of causes. */
    private static boolean overLimits(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String name = cause.getClass().getSimpleName();
            if (name.contains("SizeException") || name.contains("LimitExceeded")) {
                return true;
            }
        }
        return false;
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
