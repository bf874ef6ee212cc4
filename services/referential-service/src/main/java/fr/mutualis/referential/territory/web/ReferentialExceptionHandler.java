package fr.mutualis.referential.territory.web;

import fr.mutualis.referential.territory.application.SirenTakenException;
import fr.mutualis.referential.territory.application.UnknownCollectiviteException;
import fr.mutualis.referential.territory.domain.OfficialReferentialUnavailableException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    private static final Logger log = LoggerFactory.getLogger(ReferentialExceptionHandler.class);

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownCommune(UnknownCommuneException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Commune inconnue",
                "Aucune commune du référentiel n'a ce code INSEE (code officiel géographique, ex. 33063)."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknown(UnknownCollectiviteException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "Collectivité inconnue",
                "Le référentiel ne connaît pas « " + Problems.excerpt(ex.reference()) + " ». Vérifiez le SIREN (9 chiffres) ; les "
                        + "départements et régions dont le SIREN manque s'enregistrent auprès du syndicat.");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> sourceUnavailable(OfficialReferentialUnavailableException ex) {
        log.warn("Referential import refused: {}", ex.getMessage());
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).body(Problems.of(HttpStatus.BAD_GATEWAY,
                "Référentiel officiel inutilisable",
                "Le paquet officiel du référentiel n'a pas pu être téléchargé, lu ou vérifié (empreinte) : rien n'a "
                        + "été importé. Vérifiez la source configurée (mutualis.referential.source) puis réessayez."));
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
