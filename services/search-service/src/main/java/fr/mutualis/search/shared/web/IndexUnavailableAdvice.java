package fr.mutualis.search.shared.web;

import fr.mutualis.search.shared.domain.IndexUnavailableException;
import fr.mutualis.web.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every feature's search answers 503 with {@code Retry-After}, as a French problem, while Elasticsearch cannot answer:
 * never a 500 for what retrying later fixes.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class IndexUnavailableAdvice {

    private static final Logger log = LoggerFactory.getLogger(IndexUnavailableAdvice.class);

    @ExceptionHandler
    ResponseEntity<Object> indexUnavailable(IndexUnavailableException e) {
        log.warn("Search unavailable: {}", e.getMessage());
        return unavailable("Recherche momentanément indisponible",
                "Le moteur de recherche ne répond pas pour le moment. Veuillez réessayer dans quelques instants.", "10");
    }

    /** 503 with the problem and {@code Retry-After} (seconds). */
    public static ResponseEntity<Object> unavailable(String title, String detail, String retryAfterSeconds) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
        return Problems.respond(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, title, detail), headers);
    }
}
