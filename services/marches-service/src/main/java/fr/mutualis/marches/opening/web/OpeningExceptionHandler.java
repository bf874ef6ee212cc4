package fr.mutualis.marches.opening.web;

import fr.mutualis.envelope.WrongPassphraseException;
import fr.mutualis.marches.opening.application.NotAKeyHolderException;
import fr.mutualis.marches.opening.application.OpeningService;
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

@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class OpeningExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAKeyHolder(NotAKeyHolderException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN,
                "Ouverture réservée aux détenteurs de clé", ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> wrongPassphrase(WrongPassphraseException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("phraseDePasse",
                ex.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> fileNotFound(OpeningService.BidFileNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Fichier introuvable", "Aucune offre ouverte d'une de vos consultations n'a ce fichier."));
    }
}
