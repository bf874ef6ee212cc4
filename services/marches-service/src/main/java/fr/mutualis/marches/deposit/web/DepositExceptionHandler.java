package fr.mutualis.marches.deposit.web;

import fr.mutualis.marches.deposit.application.DepositService;
import fr.mutualis.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DepositExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(DepositService.DepositNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Dépôt introuvable",
                "Aucun dépôt que vous pouvez consulter n'a cet identifiant."));
    }
}
