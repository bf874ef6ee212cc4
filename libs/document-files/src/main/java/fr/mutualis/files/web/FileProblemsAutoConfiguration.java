package fr.mutualis.files.web;

import fr.mutualis.files.FileRefusedException;
import fr.mutualis.files.FileTooLargeException;
import fr.mutualis.files.ScannerUnavailableException;
import fr.mutualis.files.UnexpectedMediaTypeException;
import fr.mutualis.web.problem.Problems;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The answers of every service that takes files when one is refused or cannot be scanned, in French problem details:
 * the file broke a rule (413, 415 or 422, with its {@code motif}), or the antivirus gave no verdict (503: nothing was
 * stored, try again).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(Problems.class)
@Import(FileProblemsAutoConfiguration.FileProblems.class)
public class FileProblemsAutoConfiguration {

    @RestControllerAdvice
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class FileProblems {

        /** Too big, not what it claims to be, corrupted or infected: refused, and nothing was stored. */
        @ExceptionHandler
        ResponseEntity<ProblemDetail> fileRefused(FileRefusedException ex) {
            HttpStatus status = ex instanceof FileTooLargeException ? HttpStatus.CONTENT_TOO_LARGE
                    : ex instanceof UnexpectedMediaTypeException ? HttpStatus.UNSUPPORTED_MEDIA_TYPE
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
}
