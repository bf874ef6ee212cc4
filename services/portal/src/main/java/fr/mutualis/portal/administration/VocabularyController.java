package fr.mutualis.portal.administration;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search vocabulary the syndicate's administrators manage ({@code /api/vocabulaire} of experience-service): its
 * entries, the form that adds one, and the removal of one. A change applies to the next searches, with no restart.
 */
@Controller
@RequestMapping("/administration/vocabulaire")
class VocabularyController {

    /** The vocabulary as experience-service gives it. */
    record Vocabulary(long revision, String changedAt, List<Entry> entries) {

        record Entry(UUID id, String kind, List<String> terms) {

            public String kindName() {
                return VocabularyEntryForm.KINDS.getOrDefault(kind, kind);
            }
        }
    }

    private final PlatformServices services;

    VocabularyController(PlatformServices services) {
        this.services = services;
    }

    /** @param terms a query of the search statistics, to start an entry with */
    @GetMapping
    String page(@RequestParam(name = "termes", required = false) String terms, Model model) {
        VocabularyEntryForm form = terms == null ? VocabularyEntryForm.empty()
                : new VocabularyEntryForm(VocabularyEntryForm.empty().type(), terms + "\n");
        return page(model, form, FormErrors.none());
    }

    @PostMapping
    String add(@ModelAttribute VocabularyEntryForm form, Model model, HttpServletResponse response,
               RedirectAttributes redirect) {
        try {
            experience().post().uri("/api/vocabulaire/entrees").body(form.toRequest()).retrieve().toBodilessEntity();
        } catch (ServiceProblem problem) {
            FormErrors errors = FormErrors.from(problem, VocabularyEntryForm.FIELDS);
            response.setStatus(errors.status());
            return page(model, form, errors);
        }
        redirect.addFlashAttribute("succes", "Entrée ajoutée au vocabulaire : elle s'applique dès les prochaines "
                + "recherches.");
        return "redirect:/administration/vocabulaire";
    }

    @PostMapping("/{id}/retrait")
    String remove(@PathVariable UUID id, RedirectAttributes redirect) {
        experience().delete().uri("/api/vocabulaire/entrees/{id}", id).retrieve().toBodilessEntity();
        redirect.addFlashAttribute("succes", "Entrée retirée du vocabulaire.");
        return "redirect:/administration/vocabulaire";
    }

    private String page(Model model, VocabularyEntryForm form, FormErrors errors) {
        model.addAttribute("vocabulaire", experience().get().uri("/api/vocabulaire").retrieve().body(Vocabulary.class));
        model.addAttribute("entree", form);
        model.addAttribute("erreurs", errors);
        model.addAttribute("types", VocabularyEntryForm.KINDS);
        return "administration/vocabulaire";
    }

    private RestClient experience() {
        return services.of(PlatformServices.EXPERIENCE);
    }
}
