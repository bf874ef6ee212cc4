package fr.mutualis.search.experience.web;

import fr.mutualis.search.experience.application.ExportTooLargeException;
import fr.mutualis.search.experience.domain.ExperienceNotFoundException;
import fr.mutualis.search.experience.domain.InvalidSearchQueryException;
import fr.mutualis.search.experience.domain.ReferentialUnavailableException;
import fr.mutualis.search.experience.domain.SearchQuery;
import fr.mutualis.search.shared.web.IndexUnavailableAdvice;
import fr.mutualis.search.shared.web.UnknownCollectiviteException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The search's own problems, in the platform's one shape ({@code errors[{field, message}]} for invalid parameters);
 * an unreachable index is {@link IndexUnavailableAdvice}'s, Spring MVC's errors are the shared handler's of
 * {@code libs/web-problems}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SearchExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SearchExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<Object> invalidQuery(InvalidSearchQueryException e) {
        return Problems.respond(Problems.validation(e.violations().stream()
                .map(violation -> new FieldErrorItem(violation.parameter(), reason(violation))).toList()));
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(ExperienceNotFoundException e) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Retour d'expérience introuvable",
                "Aucun retour d'expérience publié n'a l'identifiant « " + Problems.excerpt(e.id()) + " »."));
    }

    @ExceptionHandler
    ResponseEntity<Object> unknownCollectivite(UnknownCollectiviteException e) {
        return Problems.respond(Problems.validation(List.of(new FieldErrorItem("comparableTo",
                "Le référentiel ne connaît pas la collectivité de SIREN « " + Problems.excerpt(e.siren())
                        + " » : impossible de trouver ses comparables."))));
    }

    @ExceptionHandler
    ResponseEntity<Object> exportTooLarge(ExportTooLargeException e) {
        return Problems.respond(Problems.of(HttpStatus.BAD_REQUEST, "Export trop volumineux", String.format(Locale.FRANCE,
                "Cette recherche compte %,d fiches ; un export en contient au plus %,d. Ajoutez des filtres.",
                e.total(), e.max()).replace('\u202f', ' ')));
    }

    @ExceptionHandler
    ResponseEntity<Object> referentialUnavailable(ReferentialUnavailableException e) {
        log.warn("Referential unavailable: {}", e.getMessage());
        return IndexUnavailableAdvice.unavailable("Référentiel indisponible", "Le référentiel des collectivités ne répond pas pour le moment : "
                + "les collectivités comparables ne peuvent pas être trouvées. Réessayez dans quelques instants.", "30");
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
            case UNKNOWN_VALUE -> "La valeur « " + Problems.excerpt(String.valueOf(violation.value()))
                    + " » n'est pas possible pour le paramètre « " + violation.parameter() + " »"
                    + (violation.parameter().equals("sort") ? " : choisissez pertinence ou date." : ".");
            case BAD_CURSOR -> "Le paramètre « cursor » est illisible : reprenez la valeur « nextCursor » de la page "
                    + "précédente telle quelle.";
            case CURSOR_OF_ANOTHER_SORT -> "Le paramètre « cursor » vient d'une recherche triée autrement : gardez le "
                    + "même tri (« sort ») que la page précédente.";
        };
    }
}
