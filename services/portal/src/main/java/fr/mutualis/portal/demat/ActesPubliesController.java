package fr.mutualis.portal.demat;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The published actes of every collectivité, searched in search-service: open to anyone, without an account. */
@Controller
@RequestMapping("/actes/publies")
class ActesPubliesController {

    static final int PAGE_SIZE = 20;
    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PlatformServices services;

    ActesPubliesController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping
    String search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model,
                  HttpServletResponse response) {
        int wanted = Math.max(page, 0);
        model.addAttribute("q", q);
        try {
            Map<String, Object> results = services.of(PlatformServices.SEARCH).get()
                    .uri(uri -> uri.path("/api/actes").queryParam("q", q.strip()).queryParam("page", wanted)
                            .queryParam("taille", PAGE_SIZE).build())
                    .retrieve().body(OBJECT);
            model.addAttribute("resultats", results);
            model.addAttribute("page", wanted);
            model.addAttribute("pageSuivante", results != null
                    && ((Number) results.getOrDefault("total", 0)).longValue() > (long) (wanted + 1) * PAGE_SIZE);
        } catch (ServiceProblem problem) {
            // The query is the only field: its refusal (too long…) is shown next to it.
            response.setStatus(422);
            model.addAttribute("erreurRecherche", problem.errorsOf("q").stream().findFirst().orElse(problem.detail()));
        }
        return "actes/publies";
    }

    @GetMapping("/{id}")
    String acte(@PathVariable String id, Model model) {
        model.addAttribute("acte", services.of(PlatformServices.SEARCH).get().uri("/api/actes/{id}", id)
                .retrieve().body(OBJECT));
        return "actes/publie";
    }
}
