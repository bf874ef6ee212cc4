package fr.mutualis.referential.territory.web;

import fr.mutualis.referential.territory.application.SirenTakenException;
import fr.mutualis.referential.territory.application.UnknownCollectiviteException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of the referential API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReferentialExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknown(UnknownCollectiviteException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Collectivité inconnue",
                "Le référentiel ne connaît pas « " + ex.reference() + " ». Vérifiez le SIREN (9 chiffres) ; les "
                        + "départements et régions dont le SIREN manque s'enregistrent auprès du syndicat.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> taken(SirenTakenException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "SIREN déjà attribué",
                "Le SIREN " + ex.siren() + " est celui de « " + ex.holder() + " » dans le référentiel officiel."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(ReferentialAdminController.InvalidRegistrationException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(),
                ex.getMessage()))));
    }
}
