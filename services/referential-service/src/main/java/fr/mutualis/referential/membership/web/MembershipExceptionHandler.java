package fr.mutualis.referential.membership.web;

import fr.mutualis.referential.membership.domain.Adhesion;
import fr.mutualis.referential.membership.domain.AdhesionDateException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of the membership API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MembershipExceptionHandler {

    private static final String RANGE = "doit être comprise entre le 1er janvier " + Adhesion.EARLIEST.getYear()
            + " et un an après aujourd'hui";

    @ExceptionHandler
    ResponseEntity<ProblemDetail> dateOutOfRange(AdhesionDateException ex) {
        FieldErrorItem error = ex.leaving()
                ? new FieldErrorItem("le", "La date de départ " + RANGE + ", et ne peut pas précéder la date "
                        + "d'adhésion.")
                : new FieldErrorItem("adhesionDate", "La date d'adhésion " + RANGE + ".");
        return ResponseEntity.badRequest().body(Problems.validation(List.of(error)));
    }
}
