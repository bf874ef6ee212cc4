package fr.mutualis.portal.administration;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.ui.Model;

/**
 * The answer to the form that made a secret: the secret is shown in this one response, which no cache may keep, and
 * nowhere else — not in the session (no redirect with a flash attribute), not in a log.
 */
final class SecretPages {

    static final String VIEW = "administration/secret";

    private SecretPages() {
    }

    /**
     * @param title   the page's title and heading, e.g. « Intégrateur « acme » créé »
     * @param back    where the person goes on, e.g. the integrator's page
     */
    static String show(Model model, HttpServletResponse response, String title, List<ShownOnce> lines, String back,
                       String backLabel) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        model.addAttribute("intitule", title);
        model.addAttribute("lignes", lines);
        model.addAttribute("retour", back);
        model.addAttribute("retourLibelle", backLabel);
        return VIEW;
    }
}
