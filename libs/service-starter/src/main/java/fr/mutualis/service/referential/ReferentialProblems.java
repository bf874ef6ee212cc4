package fr.mutualis.service.referential;

import fr.mutualis.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A request that needs the referential while it does not answer gets a French 503 to try again, never a 500: the
 * client sent nothing wrong. Every service whose use cases read the referential answers so.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 10)
public class ReferentialProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(ReferentialUnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Référentiel indisponible",
                        "Le référentiel des collectivités ne répond pas : rien n'a été enregistré. Réessayez dans "
                                + "quelques instants."));
    }
}
