package fr.mutualis.experience.record.web;

import fr.mutualis.experience.record.application.ConcurrentUpdateException;
import fr.mutualis.experience.record.application.ExperienceRecordNotFoundException;
import fr.mutualis.experience.record.application.VersionMismatchException;
import fr.mutualis.experience.record.domain.ExperienceRecordRuleException;
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

/** The problems of the experience record API, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ExperienceExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ExperienceRecordNotFoundException ex) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND,
                "Retour d'expérience introuvable",
                "Aucun retour d'expérience n'a l'identifiant " + ex.id() + "."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> versionMismatch(VersionMismatchException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Version obsolète",
                "Ce retour d'expérience a été modifié entre-temps : il en est à la version " + ex.currentVersion()
                        + ". Rechargez-le et reportez vos modifications avant d'enregistrer.");
        problem.setProperty("currentVersion", ex.currentVersion());
        return ResponseEntity.status(HttpStatus.PRECONDITION_FAILED)
                .eTag(IfMatch.etag(ex.currentVersion()))
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> concurrentUpdate(ConcurrentUpdateException ex) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Problems.of(HttpStatus.CONFLICT,
                "Modification concurrente",
                "Ce retour d'expérience a été modifié par quelqu'un d'autre pendant l'enregistrement. "
                        + "Rechargez-le puis réessayez."));
    }

    /** The request passed validation but broke a rule of the domain: the request is at fault all the same. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> ruleBroken(ExperienceRecordRuleException ex) {
        String message = switch (ex.field()) {
            case "title" -> "Le titre est invalide.";
            case "summary" -> "Le résumé est invalide.";
            case "siren" -> "Le numéro SIREN est invalide.";
            case "axes" -> "Les axes sont invalides.";
            default -> "La valeur est invalide.";
        };
        return ResponseEntity.badRequest().body(Problems.validation(List.of(new FieldErrorItem(ex.field(), message))));
    }
}
