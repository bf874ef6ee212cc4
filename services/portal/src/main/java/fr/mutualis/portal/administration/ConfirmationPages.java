package fr.mutualis.portal.administration;

import org.springframework.ui.Model;

/**
 * The step before an act that cannot be undone (revoking an integrator, deactivating a subscription): a page that
 * says what will happen, with a form to confirm and a way back — without JavaScript's {@code confirm()}.
 */
final class ConfirmationPages {

    static final String VIEW = "administration/confirmation";

    private ConfirmationPages() {
    }

    /**
     * @param action  where the confirming form posts
     * @param cancel  the page the person came from
     */
    static String show(Model model, String title, String consequence, String action, String button, String cancel) {
        model.addAttribute("intitule", title);
        model.addAttribute("consequence", consequence);
        model.addAttribute("action", action);
        model.addAttribute("bouton", button);
        model.addAttribute("annuler", cancel);
        return VIEW;
    }
}
