package fr.mutualis.marches.award.web;

import fr.mutualis.marches.award.application.AwardService;
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
class AwardExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(AwardService.ContractNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Marché introuvable",
                "Aucun marché de votre collectivité n'a cet identifiant."));
    }
}
