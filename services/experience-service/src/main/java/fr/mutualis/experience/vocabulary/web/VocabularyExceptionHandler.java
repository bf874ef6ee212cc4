package fr.mutualis.experience.vocabulary.web;

import fr.mutualis.experience.vocabulary.domain.VocabularyConflictException;
import fr.mutualis.experience.vocabulary.domain.VocabularyEntryNotFoundException;
import fr.mutualis.experience.vocabulary.domain.VocabularyRuleException;
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

/** The vocabulary's problems, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class VocabularyExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> breaksARule(VocabularyRuleException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(),
                ex.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> termInAnotherEntry(VocabularyConflictException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, "Terme déjà présent dans le vocabulaire",
                ex.getMessage());
        problem.setProperty("entry", ex.otherEntry());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(VocabularyEntryNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Entrée du vocabulaire introuvable", ex.getMessage()));
    }
}
