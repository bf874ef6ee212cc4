package fr.mutualis.portal.administration;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The administration's hub, and the page of the search vocabulary, which has no API yet. */
@Controller
class AdministrationController {

    @GetMapping("/administration")
    String hub() {
        return "administration/accueil";
    }

    /** Issue 9 asks for an API of the vocabulary; until then the page says where the synonyms are and who edits them. */
    @GetMapping("/administration/vocabulaire")
    String vocabulary() {
        return "administration/vocabulaire";
    }
}
