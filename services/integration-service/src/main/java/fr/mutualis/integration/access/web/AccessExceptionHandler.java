package fr.mutualis.integration.access.web;

import fr.mutualis.integration.access.domain.AccessException;
import fr.mutualis.integration.access.domain.BrokerUnavailableException;
import fr.mutualis.web.problem.FieldErrorItem;
import fr.mutualis.web.problem.Problems;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Before the shared catch-all handler of libs/web-problems, whose {@code Exception} handler would otherwise answer. */
@RestControllerAdvice(assignableTypes = IntegratorController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessExceptionHandler {

    @ExceptionHandler(AccessException.class)
    ResponseEntity<Object> refused(AccessException ex) {
        return switch (ex.kind()) {
            case INVALID -> Problems.respond(Problems.validation(List.of(new FieldErrorItem(ex.field(), ex.getMessage()))));
            case NOT_FOUND -> Problems.respond(Problems.of(HttpStatus.NOT_FOUND, "Intégrateur introuvable", ex.getMessage()));
            case CONFLICT -> Problems.respond(Problems.of(HttpStatus.CONFLICT, "Conflit", ex.getMessage()));
        };
    }

    @ExceptionHandler(BrokerUnavailableException.class)
    ResponseEntity<Object> brokerUnavailable(BrokerUnavailableException ex) {
        return Problems.respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Broker Kafka indisponible",
                "Le broker n'a pas pu appliquer le changement ; rien n'a été enregistré. Réessayez dans un instant."));
    }
}
