package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.ExportTooLargeException;
import fr.mutualis.search.experience.domain.ExperienceNotFoundException;
import fr.mutualis.search.experience.domain.IndexUnavailableException;
import fr.mutualis.search.experience.domain.InvalidSearchQueryException;
import fr.mutualis.search.experience.domain.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every error of the HTTP API as an RFC 9457 problem ({@code application/problem+json}), with a {@code title} and
 * {@code detail} in French for the agents of member authorities. Invalid parameters are also listed in
 * {@code invalidParams} ({@code name}, {@code reason}).
 */
@RestControllerAdvice
public class FrenchProblemDetails extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(FrenchProblemDetails.class);
    private static final String INVALID_PARAMS = "invalidParams";
    private static final String INVALID_PARAMS_TITLE = "Paramètres de recherche invalides";

    @ExceptionHandler(InvalidSearchQueryException.class)
    ResponseEntity<Object> invalidQuery(InvalidSearchQueryException e, NativeWebRequest request) {
        List<Map<String, String>> invalid = e.violations().stream()
                .map(v -> Map.of("name", v.parameter(), "reason", reason(v)))
                .toList();
        String detail = invalid.stream().map(p -> p.get("reason")).collect(Collectors.joining(" "));
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_PARAMS_TITLE, detail, request);
        problem.setProperty(INVALID_PARAMS, invalid);
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(ExperienceNotFoundException.class)
    ResponseEntity<Object> notFound(ExperienceNotFoundException e, NativeWebRequest request) {
        return respond(problem(HttpStatus.NOT_FOUND, "Retour d'expérience introuvable",
                "Aucun retour d'expérience publié n'a l'identifiant « " + e.id() + " ».", request), new HttpHeaders());
    }

    @ExceptionHandler(UnknownCollectiviteException.class)
    ResponseEntity<Object> unknownCollectivite(UnknownCollectiviteException e, NativeWebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_PARAMS_TITLE, "Le référentiel ne connaît pas "
                + "la collectivité de SIREN « " + e.siren() + " » : impossible de trouver ses comparables.", request);
        problem.setProperty(INVALID_PARAMS, List.of(Map.of("name", "comparableTo", "reason", problem.getDetail())));
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(ExportTooLargeException.class)
    ResponseEntity<Object> exportTooLarge(ExportTooLargeException e, NativeWebRequest request) {
        return respond(problem(HttpStatus.BAD_REQUEST, "Export trop volumineux", String.format(Locale.FRANCE,
                "Cette recherche compte %,d fiches ; un export en contient au plus %,d. Ajoutez des filtres.",
                e.total(), e.max()).replace('\u202f', ' '), request), new HttpHeaders());
    }

    @ExceptionHandler(ExportController.UnknownFormatException.class)
    ResponseEntity<Object> unknownFormat(ExportController.UnknownFormatException e, NativeWebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, INVALID_PARAMS_TITLE,
                "Le format « " + e.getMessage() + " » n'existe pas : choisissez csv ou json.", request);
        problem.setProperty(INVALID_PARAMS, List.of(Map.of("name", "format", "reason", problem.getDetail())));
        return respond(problem, new HttpHeaders());
    }

    @ExceptionHandler(IndexUnavailableException.class)
    ResponseEntity<Object> indexUnavailable(IndexUnavailableException e, NativeWebRequest request) {
        log.warn("Search unavailable: {}", e.getMessage());
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Recherche momentanément indisponible",
                "Le moteur de recherche ne répond pas pour le moment. Veuillez réessayer dans quelques instants.",
                request);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "10");
        return respond(problem, headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, NativeWebRequest request) {
        log.error("Unexpected error on {}", path(request), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne",
                "Une erreur inattendue est survenue. L'incident a été enregistré ; veuillez réessayer plus tard.",
                request), new HttpHeaders());
    }

    /** Spring MVC's own exceptions (404, 405, type mismatch…), reworded in French. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = problem(statusCode, title(statusCode), detail(ex, statusCode, request), request);
        if (ex instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
            problem.setTitle(INVALID_PARAMS_TITLE);
            problem.setProperty(INVALID_PARAMS, List.of(Map.of("name", mismatch.getPropertyName(),
                    "reason", problem.getDetail())));
        }
        return respond(problem, headers);
    }

    private static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        copy.putAll(headers);
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(copy).body(problem);
    }

    private static ProblemDetail problem(HttpStatusCode status, String title, String detail, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        String path = path(request);
        if (path != null) {
            problem.setInstance(URI.create(path));
        }
        return problem;
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
    }

    static String reason(SearchQuery.Violation violation) {
        return switch (violation.kind()) {
            case TEXT_TOO_LONG -> String.format(Locale.FRANCE,
                    "Le paramètre « q » ne doit pas dépasser %d caractères (reçu : %d).",
                    SearchQuery.MAX_TEXT_LENGTH, violation.rejected());
            case PAGE_NEGATIVE -> String.format(Locale.FRANCE,
                    "Le paramètre « page » doit être un entier positif ou nul (reçu : %d).", violation.rejected());
            case SIZE_OUT_OF_RANGE -> String.format(Locale.FRANCE,
                    "Le paramètre « size » doit être compris entre 1 et %d (reçu : %d).",
                    SearchQuery.MAX_SIZE, violation.rejected());
            case BEYOND_RESULT_WINDOW -> String.format(Locale.FRANCE,
                    "La page demandée est trop lointaine : seuls les %,d premiers résultats sont accessibles par "
                            + "numéro de page ; au-delà, suivez « nextCursor » avec le paramètre « cursor ».",
                    SearchQuery.MAX_RESULT_WINDOW);
            case UNKNOWN_VALUE -> "La valeur « " + violation.value() + " » n'est pas possible pour le paramètre « "
                    + violation.parameter() + " »" + (violation.parameter().equals("sort")
                    ? " : choisissez pertinence ou date." : ".");
            case BAD_CURSOR -> "Le paramètre « cursor » est illisible : reprenez la valeur « nextCursor » de la page "
                    + "précédente telle quelle.";
        };
    }

    private static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Requête invalide";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format de contenu non pris en charge";
            case 503 -> "Service momentanément indisponible";
            default -> status.is4xxClientError() ? "Requête refusée" : "Erreur interne";
        };
    }

    private static String detail(Exception ex, HttpStatusCode status, WebRequest request) {
        if (ex instanceof NoResourceFoundException || ex instanceof NoHandlerFoundException) {
            return "Aucune ressource ne correspond à l'adresse « " + path(request) + " ».";
        }
        if (ex instanceof HttpRequestMethodNotSupportedException method) {
            String supported = method.getSupportedMethods() == null ? ""
                    : " Méthodes acceptées : " + String.join(", ", method.getSupportedMethods()) + ".";
            return "La méthode " + method.getMethod() + " n'est pas acceptée pour cette adresse." + supported;
        }
        if (ex instanceof TypeMismatchException mismatch) {
            String name = mismatch.getPropertyName() == null ? "?" : mismatch.getPropertyName();
            String expected = isInteger(mismatch.getRequiredType()) ? "un nombre entier" : "une valeur valide";
            return "Le paramètre « " + name + " » doit être " + expected + " (reçu : « " + mismatch.getValue() + " »).";
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return "Le paramètre « " + missing.getParameterName() + " » est obligatoire.";
        }
        if (ex instanceof HttpMediaTypeNotAcceptableException) {
            return "Cette ressource n'est disponible qu'en JSON (application/json).";
        }
        if (ex instanceof HttpMediaTypeNotSupportedException) {
            return "Le format du contenu envoyé n'est pas pris en charge.";
        }
        return status.is5xxServerError()
                ? "Une erreur inattendue est survenue. Veuillez réessayer plus tard."
                : "La requête ne peut pas être traitée.";
    }

    private static boolean isInteger(Class<?> type) {
        return type == int.class || type == Integer.class || type == long.class || type == Long.class;
    }
}
