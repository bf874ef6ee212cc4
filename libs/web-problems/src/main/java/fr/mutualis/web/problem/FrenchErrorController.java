package fr.mutualis.web.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, reached when a filter (not a controller) fails or a response is sent with an
 * error status: a French problem like every other answer, instead of Spring Boot's English JSON. Called directly,
 * {@code /error} is not a resource (404), never a 500 with status 999.
 */
@RestController
@RequestMapping("${server.error.path:/error}")
public class FrenchErrorController implements ErrorController {

    @RequestMapping
    ResponseEntity<Object> error(HttpServletRequest request) {
        HttpStatus status = status(request);
        String detail = switch (status) {
            case NOT_FOUND -> "Aucune ressource ne correspond à cette adresse.";
            case INTERNAL_SERVER_ERROR -> "Une erreur inattendue a empêché de traiter la requête. Réessayez plus "
                    + "tard ; si le problème persiste, contactez le support du syndicat.";
            default -> status.is5xxServerError() ? "Le service ne peut pas traiter la requête pour le moment."
                    : "La requête ne peut pas être traitée.";
        };
        ProblemDetail problem = Problems.of(status, Problems.title(status), detail);
        return Problems.respond(problem);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }
}
