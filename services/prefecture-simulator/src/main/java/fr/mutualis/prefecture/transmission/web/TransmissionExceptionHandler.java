package fr.mutualis.prefecture.transmission.web;

import fr.mutualis.prefecture.transmission.domain.InvalidTransmissionException;
import fr.mutualis.prefecture.transmission.domain.TransmissionStateException;
import fr.mutualis.prefecture.transmission.domain.Violation;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** The problems of the transmissions' API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class TransmissionExceptionHandler {

    private final DataSize maxRequestSize;

    TransmissionExceptionHandler(@Value("${spring.servlet.multipart.max-request-size:150MB}") DataSize maxRequestSize) {
        this.maxRequestSize = maxRequestSize;
    }

    @ExceptionHandler
    ResponseEntity<Object> invalid(InvalidTransmissionException ex) {
        List<Violation> violations = ex.violations();
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Transmission invalide",
                violations.size() == 1
                        ? "La transmission contient une erreur : " + violations.get(0).message()
                        : "La transmission contient " + violations.size() + " erreurs : corrigez les champs indiqués.");
        problem.setProperty(Problems.ERRORS, items(violations));
        return Problems.respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> malformed(MalformedTransmissionException ex) {
        return Problems.respond(Problems.validation(ex.violations().stream()
                .map(violation -> new FieldErrorItem(violation.field(), violation.message())).toList()));
    }

    @ExceptionHandler
    ResponseEntity<Object> notFound(TransmissionNotFoundException ex) {
        return Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Transmission introuvable",
                "Aucune transmission de ce tiers de télétransmission ne porte cet identifiant."));
    }

    @ExceptionHandler
    ResponseEntity<Object> conflict(TransmissionStateException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Opération impossible dans cet état", ex.reason());
        problem.setProperty("transmissionStatus", ex.status().name());
        return Problems.respond(problem);
    }

    @ExceptionHandler
    ResponseEntity<Object> tooLarge(MaxUploadSizeExceededException ex) {
        return Problems.respond(Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Transmission trop volumineuse",
                "Une transmission ne peut dépasser " + maxRequestSize.toMegabytes() + " Mo au total (enveloppe, "
                        + "acte et annexes, ou pièces complémentaires)."));
    }

    /** A multipart body that cannot be read: no boundary, cut short, a part's headers malformed or too many parts. */
    @ExceptionHandler
    ResponseEntity<Object> unreadable(MultipartException ex) {
        return Problems.respond(Problems.of(HttpStatus.BAD_REQUEST, "Requête multipart illisible",
                "Le corps de la requête n'est pas un formulaire multipart/form-data lisible (délimiteur absent, "
                        + "corps tronqué, en-têtes de partie invalides ou trop de parties)."));
    }

    private static List<FieldErrorItem> items(List<Violation> violations) {
        return violations.stream().limit(Problems.MAX_LISTED_ERRORS)
                .map(violation -> new FieldErrorItem(violation.field(), violation.message())).toList();
    }
}
