package fr.mutualis.demat.acte.web;

import fr.mutualis.demat.acte.application.ActeNotFoundException;
import fr.mutualis.demat.acte.domain.ActeLifecycleException;
import fr.mutualis.demat.acte.domain.ActeRuleException;
import fr.mutualis.files.FileRefusedException;
import fr.mutualis.files.ScannerUnavailableException;
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

/** The problems of the démat API, in French. */
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

    /** Too big, not what it claims to be, corrupted or infected: refused, and nothing was stored. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> fileRefused(FileRefusedException ex) {
        HttpStatus status = ex instanceof fr.mutualis.files.FileTooLargeException ? HttpStatus.CONTENT_TOO_LARGE
                : ex instanceof fr.mutualis.files.UnexpectedMediaTypeException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
                : HttpStatus.UNPROCESSABLE_CONTENT;
        ProblemDetail problem = Problems.of(status, "Fichier refusé", ex.getMessage());
        problem.setProperty("motif", ex.reason());
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> scannerUnavailable(ScannerUnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Antivirus indisponible",
                        "Le fichier n'a pas pu être analysé par l'antivirus : il n'a pas été enregistré. "
                                + "Réessayez dans quelques instants."));
    }
}
