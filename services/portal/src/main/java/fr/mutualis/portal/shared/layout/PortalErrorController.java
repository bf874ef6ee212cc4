package fr.mutualis.portal.shared.layout;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The portal's error page, in French and in the portal's layout, for every error the container or Spring MVC
 * reports (a person reads it, not a program: the services' APIs answer problem+json).
 */
@Controller
class PortalErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    String error(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value ? value : HttpStatus.INTERNAL_SERVER_ERROR.value();
        response.setStatus(status);
        model.addAttribute("statut", status);
        return "erreur";
    }
}
