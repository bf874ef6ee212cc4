package fr.mutualis.portal.search;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import fr.mutualis.portal.shared.signin.SignedInUser;
import fr.mutualis.service.security.PlatformRole;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The search of retours d'expérience: one call to search-service per page, results first and facets after them, a
 * page that works without JavaScript (recherche.js only updates it in place and suggests words). Also the suggestions
 * the script asks for and the CSV export, both passed through from search-service.
 */
@Controller
class SearchController {

    private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final PlatformServices services;

    SearchController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping("/recherche")
    String search(@RequestParam MultiValueMap<String, String> parameters, Model model, HttpServletResponse response) {
        Optional<String> mySiren = comparableSiren();
        SearchCriteria criteria = SearchCriteria.from(parameters);
        if (mySiren.isEmpty() && criteria.comparables()) {
            criteria = criteria.withoutComparables().withPage(criteria.page());
        }
        model.addAttribute("criteres", criteria);
        model.addAttribute("titre", title(criteria));
        model.addAttribute("peutComparer", mySiren.isPresent());
        try {
            SearchAnswer answer = services.of(PlatformServices.SEARCH).get()
                    .uri(URI.create("/api/search?" + criteria.apiQuery(mySiren))).retrieve().body(SearchAnswer.class);
            model.addAttribute("recherche", SearchPage.of(criteria, answer));
        } catch (ServiceProblem refused) {
            if (refused.status() >= 500) {
                throw refused;
            }
            // A value the API refuses (a crafted address, a collectivité unknown to the referential): the page says
            // why next to the form, which stays usable.
            response.setStatus(refused.status());
            model.addAttribute("probleme", refused);
        }
        return "recherche/recherche";
    }

    /** Where the person is: « Recherche « open data », page 2 ». */
    static String title(SearchCriteria criteria) {
        String title = criteria.text().isEmpty() ? "Rechercher un retour d'expérience"
                : "Recherche « " + criteria.text() + " »";
        return criteria.page() > 0 ? title + ", page " + (criteria.page() + 1) : title;
    }

    /** The comparables need the signed-in agent's or élu's collectivité; others have none. */
    private static Optional<String> comparableSiren() {
        return SignedInUser.has(PlatformRole.AGENT) || SignedInUser.has(PlatformRole.ELU)
                ? SignedInUser.siren() : Optional.empty();
    }

    /** What recherche.js suggests while a word is typed; nothing when search does not answer. */
    @GetMapping(path = "/recherche/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Map<String, Object>> suggestions(@RequestParam(name = "q", defaultValue = "") String text) {
        if (text.isBlank()) {
            return List.of();
        }
        try {
            List<Map<String, Object>> suggestions = services.of(PlatformServices.SEARCH).get()
                    .uri("/api/search/suggestions?q={q}", text.strip()).retrieve().body(JSON_LIST);
            return suggestions == null ? List.of() : suggestions;
        } catch (ServiceProblem | ServiceUnavailableException e) {
            return List.of();
        }
    }

    /**
     * The CSV of every result of the search, streamed from search-service as it comes: the portal never holds the
     * whole file.
     */
    @GetMapping("/recherche/export")
    void export(@RequestParam MultiValueMap<String, String> parameters, HttpServletResponse response) {
        SearchCriteria criteria = SearchCriteria.from(parameters);
        services.of(PlatformServices.SEARCH).get()
                .uri(URI.create("/api/search/export?" + criteria.apiExportQuery(comparableSiren())))
                .accept(MediaType.parseMediaType("text/csv"), MediaType.APPLICATION_PROBLEM_JSON)
                .exchange((request, answer) -> {
                    if (answer.getStatusCode().isError()) {
                        Map<String, Object> problem = answer.bodyTo(JSON_OBJECT);
                        throw new ServiceProblem(answer.getStatusCode().value(),
                                text(problem, "title", "Export impossible"),
                                text(problem, "detail", "L'export des résultats n'a pas pu être produit."), Map.of());
                    }
                    response.setContentType(Optional.ofNullable(answer.getHeaders().getContentType())
                            .map(MediaType::toString).orElse("text/csv;charset=UTF-8"));
                    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Optional.ofNullable(
                                    answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                            .orElse("attachment; filename=\"retours-experience.csv\""));
                    try (InputStream csv = answer.getBody(); OutputStream out = response.getOutputStream()) {
                        csv.transferTo(out);
                    }
                    return null;
                }, true);
    }

    private static String text(Map<String, Object> problem, String field, String fallback) {
        return problem != null && problem.get(field) instanceof String value && !value.isBlank() ? value : fallback;
    }
}
