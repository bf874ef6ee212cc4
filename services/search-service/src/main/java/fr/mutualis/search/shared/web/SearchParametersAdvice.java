package fr.mutualis.search.shared.web;

import fr.mutualis.web.problem.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every public search's refused parameters ({@link SearchParameters}): one French 400 problem listing them all. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public class SearchParametersAdvice {

    @ExceptionHandler
    ResponseEntity<Object> invalidParameters(SearchParameters.InvalidParametersException e) {
        return Problems.respond(Problems.validation(e.errors()));
    }
}
