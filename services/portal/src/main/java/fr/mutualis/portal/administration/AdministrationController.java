package fr.mutualis.portal.administration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's hub. */
@Controller
class AdministrationController {

    @GetMapping("/administration")
    String hub() {
        return "administration/accueil";
    }
}
