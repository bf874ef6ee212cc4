package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referential as an administrator corrects it: looking a collectivité up, registering what the official package
 * lacks (a département's or région's council SIREN, a syndicat), and importing the official package again.
 * Communes and EPCI come from the official package only: the API offers no correction of them.
 */
@Controller
@RequestMapping("/administration/collectivites")
class CollectivitesController {

    private static final ParameterizedTypeReference<List<ImportReport>> IMPORTS = new ParameterizedTypeReference<>() {
    };
    private static final Map<String, String> KINDS_PLURAL = Map.of("commune", "communes", "epci", "EPCI",
            "departement", "départements", "region", "régions", "syndicat", "syndicats");

    /** An import of the official package, with what it changed by kind, e.g. {@code {"commune": 12}}. */
    record ImportReport(String version, String importedAt, Map<String, Integer> added, Map<String, Integer> updated,
                        Map<String, Integer> removed) {

        public String addedText() {
            return counts(added);
        }

        public String updatedText() {
            return counts(updated);
        }

        public String removedText() {
            return counts(removed);
        }
    }

    private final PlatformServices services;
    private final CollectiviteLookup collectivites;

    CollectivitesController(PlatformServices services, CollectiviteLookup collectivites) {
        this.services = services;
        this.collectivites = collectivites;
    }

    @GetMapping
    String lookup(@RequestParam(name = "q", required = false) String query, Model model) {
        return page(model, query, RegistrationForm.empty(), FormErrors.none());
    }

    @PostMapping
    String register(@ModelAttribute RegistrationForm form, Model model, HttpServletResponse response,
                    RedirectAttributes redirect) {
        Collectivite registered;
        try {
            registered = referential().put().uri("/api/collectivites/{siren}", form.sirenDigits())
                    .body(form.toRequest()).retrieve().body(Collectivite.class);
        } catch (UnreadableFieldException unreadable) {
            return refused(model, response, form, unreadable.errors());
        } catch (ServiceProblem problem) {
            return refused(model, response, form, FormErrors.from(problem, RegistrationForm.FIELDS));
        }
        redirect.addFlashAttribute("succes", "« %s » est enregistré avec le SIREN %s."
                .formatted(registered.name(), registered.siren()));
        redirect.addAttribute("q", registered.siren());
        return "redirect:/administration/collectivites";
    }

    /** The same version again changes nothing; a new version configured on the service is imported. */
    @PostMapping("/imports")
    String importAgain(RedirectAttributes redirect) {
        referential().post().uri("/api/referentiel/imports").retrieve().toBodilessEntity();
        redirect.addFlashAttribute("succes", "Import du référentiel officiel terminé : son bilan est en tête de la "
                + "liste des imports.");
        return "redirect:/administration/collectivites#imports";
    }

    private String refused(Model model, HttpServletResponse response, RegistrationForm form, FormErrors errors) {
        response.setStatus(errors.status());
        return page(model, null, form, errors);
    }

    private String page(Model model, String query, RegistrationForm form, FormErrors errors) {
        model.addAttribute("q", query == null ? "" : query);
        if (query != null && !query.isBlank()) {
            model.addAttribute("resultats", collectivites.search(query.strip()));
        }
        model.addAttribute("enregistrement", form);
        model.addAttribute("erreurs", errors);
        model.addAttribute("imports", imports());
        return "administration/collectivites";
    }

    /** « 34 875 communes, 109 départements », or « aucun ». */
    static String counts(Map<String, Integer> byKind) {
        if (byKind == null || byKind.isEmpty()) {
            return "aucun";
        }
        NumberFormat french = NumberFormat.getIntegerInstance(Locale.FRANCE);
        return byKind.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(count -> french.format(count.getValue()) + " " + KINDS_PLURAL.getOrDefault(count.getKey(), count.getKey()))
                .collect(Collectors.joining(", "));
    }

    /** The imports, newest first; {@code null} when the referential does not answer (the section says so). */
    private List<ImportReport> imports() {
        try {
            return referential().get().uri("/api/referentiel/imports").retrieve().body(IMPORTS);
        } catch (ServiceUnavailableException | ServiceProblem e) {
            return null;
        }
    }

    private RestClient referential() {
        return services.of(PlatformServices.REFERENTIAL);
    }
}
