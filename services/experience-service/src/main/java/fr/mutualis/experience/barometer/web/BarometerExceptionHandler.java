package fr.mutualis.experience.barometer.web;

import fr.mutualis.experience.barometer.domain.AssessmentDateException;
import fr.mutualis.experience.barometer.domain.UnknownAnswerException;
import fr.mutualis.experience.record.domain.PlausibleDates;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The barometer's problems, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BarometerExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> dateOutOfRange(AssessmentDateException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("assessedOn",
                "La date de l'auto-évaluation doit être comprise entre le 1er janvier "
                        + PlausibleDates.EARLIEST.getYear() + " et aujourd'hui."))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknownAnswer(UnknownAnswerException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.criterion(),
                "« " + Problems.excerpt(ex.value()) + " » n'est pas une réponse possible. Codes valides : "
                        + String.join(", ", ex.known()) + "."))));
    }
}
