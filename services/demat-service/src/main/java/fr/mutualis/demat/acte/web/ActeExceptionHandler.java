package fr.mutualis.demat.acte.web;

import fr.mutualis.demat.acte.application.ActeNotFoundException;
import fr.mutualis.demat.acte.domain.ActeLifecycleException;
import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems of the démat API, in French (those of its files: libs/document-files). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ActeExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ActeNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "Acte introuvable",
                "Aucun acte que vous pouvez consulter n'a cet identifiant."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> documentNotFound(DocumentNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Document introuvable", "Cet acte n'a pas de document consultable avec cette empreinte."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> lifecycle(ActeLifecycleException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "Action impossible dans l'état actuel", ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rule(ActeRuleException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(),
                ex.getMessage()))));
    }

    /** Two agents took the same number at the same time: the second learns it as the first would have. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> numberTaken(DuplicateKeyException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("numero",
                "Ce numéro est déjà pris par un autre acte de votre collectivité cette année."))));
    }
}
