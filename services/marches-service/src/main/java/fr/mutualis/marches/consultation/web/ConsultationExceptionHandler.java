package fr.mutualis.marches.consultation.web;

import fr.mutualis.envelope.WeakPassphraseException;
import fr.mutualis.marches.consultation.application.ConsultationNotFoundException;
import fr.mutualis.marches.consultation.application.DceDocumentNotFoundException;
import fr.mutualis.marches.consultation.domain.ConsultationLifecycleException;
import fr.mutualis.marches.consultation.domain.ConsultationRuleException;
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

/**
 * The problems of the marchés API, in French: those of consultations, which the deposit, opening and award modules
 * raise too (a rule broken, an action the state or the clock does not allow).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsultationExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ConsultationNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Consultation introuvable", "Aucune consultation que vous pouvez consulter n'a cet identifiant."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> documentNotFound(DceDocumentNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Document introuvable", "Le DCE de cette consultation n'a pas de document avec cette empreinte."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> lifecycle(ConsultationLifecycleException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "Action impossible dans l'état actuel", ex.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> rule(ConsultationRuleException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(),
                ex.getMessage()))));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> weakPassphrase(WeakPassphraseException ex) {
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("phraseDePasse",
                ex.getMessage()))));
    }

    /**
     * Two agents took the same reference at the same time: the second learns it as the first would have. Any other
     * unique constraint met by two requests at once is a conflict to try again.
     */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException ex) {
        if (String.valueOf(ex.getMessage()).contains("consultation_reference_unique")) {
            return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem("reference",
                    "Une autre consultation de votre collectivité porte déjà cette référence."))));
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT, "Conflit",
                "Une autre action sur les mêmes données vient d'aboutir : réessayez."));
    }
}
