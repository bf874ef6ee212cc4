package fr.mutualis.portal.accessibility;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** « Déclaration d'accessibilité »: open to everyone, as the law requires, and linked from every page's footer. */
@Controller
class AccessibilityStatementController {

    private final AccessibilityTestResults results = AccessibilityTestResults.committed();
    private final String contactEmail;

    AccessibilityStatementController(
            @Value("${mutualis.accessibility.contact-email:accessibilite@mutualis.example.fr}") String contactEmail) {
        this.contactEmail = contactEmail;
    }

    @GetMapping("/accessibilite")
    String statement(Model model) {
        model.addAttribute("resultats", results);
        model.addAttribute("contact", contactEmail);
        return "accessibilite";
    }
}
