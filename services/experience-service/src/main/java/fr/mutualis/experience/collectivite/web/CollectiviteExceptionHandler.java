package fr.mutualis.experience.collectivite.web;

import fr.mutualis.experience.collectivite.domain.DirectoryUnavailableException;
import fr.mutualis.experience.collectivite.domain.NotAnAgentOfException;
import fr.mutualis.experience.collectivite.domain.UnknownCollectiviteException;
import fr.mutualis.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems every feature meets when it names a collectivité or changes its data, in French. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class CollectiviteExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unknown(UnknownCollectiviteException ex) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Collectivité inconnue",
                "Le référentiel des collectivités ne connaît pas le SIREN " + ex.siren()
                        + ". Vérifiez le numéro (9 chiffres, sur l'avis de situation SIRENE) ; s'il est juste, votre "
                        + "collectivité n'est pas encore enregistrée : demandez à l'administrateur du syndicat de "
                        + "l'ajouter au référentiel (nature et code de votre territoire), puis publiez de nouveau.");
        problem.setProperty("siren", ex.siren());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> unavailable(DirectoryUnavailableException ex) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30")
                .body(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Référentiel indisponible",
                        "Le référentiel des collectivités ne répond pas pour le moment ; rien n'a été enregistré. "
                                + "Réessayez dans quelques instants."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notAnAgentOf(NotAnAgentOfException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(Problems.of(HttpStatus.FORBIDDEN,
                "Action réservée à la collectivité",
                "Seuls les agents de la collectivité (SIREN " + ex.ownerSiren()
                        + ") peuvent modifier ses données ; votre compte est rattaché au SIREN " + ex.agentSiren()
                        + "."));
    }
}
