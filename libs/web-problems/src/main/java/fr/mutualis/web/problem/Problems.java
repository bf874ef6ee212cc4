package fr.mutualis.web.problem;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** RFC 9457 problems with French titles and details, as every error of the API answers. */
public final class Problems {

    /** Property of a validation problem that lists the invalid fields. */
    public static final String ERRORS = "errors";

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    /** The most errors a validation problem lists: a request repeating a bad parameter must not swell the answer. */
    public static final int MAX_LISTED_ERRORS = 20;

    /** 400 with the list of invalid fields (the first {@link #MAX_LISTED_ERRORS} of them). */
    public static ProblemDetail validation(List<FieldErrorItem> errors) {
        String detail = errors.size() == 1
                ? "La requête contient une erreur : " + errors.get(0).message()
                : errors.size() <= MAX_LISTED_ERRORS
                ? "La requête contient " + errors.size() + " erreurs : corrigez les champs indiqués."
                : "La requête contient " + errors.size() + " erreurs : corrigez les champs indiqués (seules les "
                        + MAX_LISTED_ERRORS + " premières sont listées).";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "Requête invalide", detail);
        problem.setProperty(ERRORS, List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED_ERRORS))));
        return problem;
    }

    /** The answer carrying a problem, with its media type whatever the client accepts. */
    public static ResponseEntity<Object> respond(ProblemDetail problem, HttpHeaders headers) {
        HttpHeaders copy = new HttpHeaders();
        if (headers != null) {
            copy.putAll(headers);
        }
        copy.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return ResponseEntity.status(problem.getStatus()).headers(copy).body(problem);
    }

    public static ResponseEntity<Object> respond(ProblemDetail problem) {
        return respond(problem, null);
    }

    /** At most the first 40 characters of what a client sent, to name it in a problem without echoing it whole. */
    public static String excerpt(String sent) {
        int limit = 40;
        if (sent.length() <= limit) {
            return sent;
        }
        int end = Character.isHighSurrogate(sent.charAt(limit - 1)) ? limit - 1 : limit;
        return sent.substring(0, end) + "…";
    }

    /** The French title of a status, for problems that have no more precise one. */
    public static String title(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "Requête invalide";
            case 401 -> "Authentification requise";
            case 403 -> "Accès refusé";
            case 404 -> "Ressource introuvable";
            case 405 -> "Méthode non autorisée";
            case 406 -> "Format de réponse non disponible";
            case 409 -> "Conflit";
            case 412 -> "Version obsolète";
            case 413 -> "Requête trop volumineuse";
            case 415 -> "Format de requête non pris en charge";
            case 503 -> "Service indisponible";
            default -> status.is5xxServerError() ? "Erreur interne du serveur" : "Requête refusée";
        };
    }
}
