package fr.mutualis.service.security;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The same problems when a controller, not a filter, finds that the caller is not signed in or may not act: without
 * it, the shared catch-all would answer 500.
 */
@RestControllerAdvice // registered by PlatformSecurityAutoConfiguration
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityExceptionHandler {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notSignedIn(AuthenticationException ex) {
        return ResponseEntity.status(401).header("WWW-Authenticate", "Bearer")
                .body(SecurityProblems.unauthorized(ex));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> denied(AccessDeniedException ex) {
        return ResponseEntity.status(403).body(SecurityProblems.forbidden());
    }
}
