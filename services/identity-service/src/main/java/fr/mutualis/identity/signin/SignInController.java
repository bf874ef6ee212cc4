package fr.mutualis.identity.signin;

import java.security.Principal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages people see: sign-in (its POST is Spring Security's form login), sign-out confirmation (its POST is the
 * logout filter; a GET must not sign out, or any page could sign a person out with an image), and a home page.
 */
@Controller
class SignInController {

    @GetMapping("/connexion")
    String signIn(@RequestParam(required = false) String error, @RequestParam(required = false) String deconnexion,
                  Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("signedOut", deconnexion != null);
        return "connexion";
    }

    @GetMapping("/deconnexion")
    String signOut() {
        return "deconnexion";
    }

    @GetMapping("/")
    String home(Principal principal, Model model) {
        model.addAttribute("username", principal.getName());
        return "accueil";
    }
}
