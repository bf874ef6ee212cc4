package fr.mutualis.portal.shared.layout;

import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import fr.mutualis.portal.shared.signin.PortalSecurityConfiguration;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * What a page shows when a service refuses or cannot be reached and the page has no better place for it (a form
 * shows a refusal next to its fields instead). Before the platform's problem+json handler: the portal answers pages.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalExceptionHandler {

    @ExceptionHandler(ServiceProblem.class)
    String refused(ServiceProblem problem, HttpServletResponse response, Model model) {
        if (problem.status() == HttpStatus.UNAUTHORIZED.value()) {
            // The service no longer accepts the person's token (revoked, or its refresh expired): sign in again.
            return "redirect:" + PortalSecurityConfiguration.SIGN_IN;
        }
        // A service's 5xx is the portal's 502: the person's request was fine, a service behind it failed.
        int status = problem.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.status();
        response.setStatus(status);
        model.addAttribute("statut", status);
        model.addAttribute("probleme", problem);
        return "erreur";
    }

    /** The session's tokens cannot be renewed any more (the provider's session ended): sign in again. */
    @ExceptionHandler(ClientAuthorizationException.class)
    String signInAgain() {
        return "redirect:" + PortalSecurityConfiguration.SIGN_IN;
    }

    @ExceptionHandler(ServiceUnavailableException.class)
    String unavailable(ServiceUnavailableException failure, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("statut", HttpStatus.SERVICE_UNAVAILABLE.value());
        model.addAttribute("serviceIndisponible", failure.service());
        return "erreur";
    }
}
