package fr.mutualis.portal.home;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import fr.mutualis.portal.shared.signin.SignedInUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: what the syndicate offers, the signed-in person's collectivité and its membership, and the latest
 * published retours d'expérience. A service that does not answer hides its block, never the page.
 */
@Controller
class HomeController {

    static final int LATEST = 6;
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PlatformServices services;

    HomeController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("dernieres", latestPublished());
        SignedInUser.siren().ifPresent(siren -> model.addAttribute("collectivite", collectivite(siren).orElse(null)));
        return "accueil";
    }

    /** The newest published records, or {@code null} when search does not answer (the page says so). */
    private List<?> latestPublished() {
        try {
            Map<String, Object> page = services.of(PlatformServices.SEARCH).get()
                    .uri("/api/search?sort=date&size={size}", LATEST).retrieve().body(JSON_OBJECT);
            return page == null ? List.of() : (List<?>) page.getOrDefault("hits", List.of());
        } catch (ServiceUnavailableException | ServiceProblem e) {
            return null;
        }
    }

    private Optional<Map<String, Object>> collectivite(String siren) {
        try {
            return Optional.ofNullable(services.of(PlatformServices.REFERENTIAL).get()
                    .uri("/api/collectivites/{siren}", siren).retrieve().body(JSON_OBJECT));
        } catch (ServiceUnavailableException | ServiceProblem e) {
            return Optional.empty();
        }
    }
}
