package fr.mutualis.portal.records;

import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.signin.SignedInUser;
import fr.mutualis.service.security.PlatformRole;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mes fiches »: the retours d'expérience of the signed-in person's collectivité, by state; the form that writes a
 * draft; the preview of a record as it will be published, with the changes its state and the person's role allow.
 * Every change is a form sent, then a redirection to a page that says what happened (post/redirect/get).
 */
@Controller
@RequestMapping("/mes-fiches")
class MyRecordsController {

    /** The states, in the order the list shows them, with the heading of their group. */
    private static final Map<String, String> STATES = new LinkedHashMap<>();

    static {
        STATES.put(RecordView.DRAFT, "Brouillons");
        STATES.put(RecordView.PUBLISHED, "Publiées");
        STATES.put(RecordView.ARCHIVED, "Archivées");
    }

    /** A group of the list: the records of one state. */
    public record StateGroup(String code, String heading, List<RecordView> records) {
    }

    private final RecordsApi api;

    MyRecordsController(RecordsApi api) {
        this.api = api;
    }

    @GetMapping
    String list(@RequestParam(name = "etat", required = false) String state, Model model) {
        String shown = STATES.containsKey(state) ? state : null;
        model.addAttribute("etat", shown);
        model.addAttribute("etats", STATES);
        model.addAttribute("peutEcrire", SignedInUser.has(PlatformRole.AGENT));
        Optional<String> siren = SignedInUser.siren();
        if (siren.isEmpty()) {
            model.addAttribute("sansCollectivite", true);
            return "fiches/liste";
        }
        try {
            RecordView.Page page = api.listOf(siren.get(), shown);
            model.addAttribute("groupes", STATES.entrySet().stream()
                    .filter(entry -> shown == null || shown.equals(entry.getKey()))
                    .map(entry -> new StateGroup(entry.getKey(), entry.getValue(), page.items().stream()
                            .filter(record -> entry.getKey().equals(record.statusCode())).toList()))
                    .toList());
            model.addAttribute("total", page.totalItems());
            model.addAttribute("tronque", page.totalItems() > page.items().size());
        } catch (ServiceProblem refused) {
            model.addAttribute("refus", refused);
        }
        return "fiches/liste";
    }

    @GetMapping("/nouvelle")
    String newRecord(Model model) {
        return form(new RecordForm(), null, RecordErrors.none(), model);
    }

    @PostMapping
    String create(@ModelAttribute("form") RecordForm form, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        RecordRequest request = RecordRequest.of(form, agentSiren());
        if (!request.problems().isEmpty()) {
            return refused(form, null, RecordErrors.of(request.problems(), null), HttpStatus.UNPROCESSABLE_CONTENT,
                    model, response);
        }
        try {
            RecordView created = api.create(request.body());
            redirect.addFlashAttribute("succes", "Le brouillon « " + created.title() + " » est enregistré. "
                    + "Relisez-le ci-dessous, puis publiez-le quand il est prêt.");
            return "redirect:/mes-fiches/" + created.id();
        } catch (ServiceProblem problem) {
            return refused(form, null, problem, model, response);
        }
    }

    @GetMapping("/{id}")
    String preview(@PathVariable UUID id, Model model) {
        model.addAttribute("fiche", api.get(id));
        model.addAttribute("peutEcrire", SignedInUser.has(PlatformRole.AGENT));
        return "fiches/apercu";
    }

    @GetMapping("/{id}/modifier")
    String edit(@PathVariable UUID id, Model model) {
        return form(RecordForm.of(api.get(id)), id, RecordErrors.none(), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute("form") RecordForm form, Model model,
                  HttpServletResponse response, RedirectAttributes redirect) {
        RecordRequest request = RecordRequest.of(form, agentSiren());
        if (!request.problems().isEmpty()) {
            return refused(form, id, RecordErrors.of(request.problems(), null), HttpStatus.UNPROCESSABLE_CONTENT,
                    model, response);
        }
        try {
            RecordView updated = api.update(id, form.getVersion() == null ? 0 : form.getVersion(), request.body());
            redirect.addFlashAttribute("succes", "Vos modifications de « " + updated.title() + " » sont enregistrées.");
            return "redirect:/mes-fiches/" + id;
        } catch (ServiceProblem problem) {
            if (problem.status() == HttpStatus.PRECONDITION_FAILED.value() || problem.status() == HttpStatus.CONFLICT.value()) {
                RecordView current = api.get(id);
                if (form.getVersion() == null || current.version() != form.getVersion()) {
                    return conflict(form, current, model, response);
                }
            }
            return refused(form, id, problem, model, response);
        }
    }

    @PostMapping("/{id}/publication")
    String publish(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> api.publish(id, version),
                "La fiche est publiée : elle est visible de tous et apparaît dans la recherche d'ici quelques secondes.");
    }

    @PostMapping("/{id}/archivage")
    String archive(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, () -> api.archive(id, version),
                "La fiche est archivée : elle reste consultable mais ne sort plus dans la recherche par défaut.");
    }

    @PostMapping("/{id}/contact/retrait")
    String eraseContact(@PathVariable UUID id, RedirectAttributes redirect) {
        return act(id, redirect, () -> api.eraseContact(id),
                "Le contact est retiré de la fiche, de la recherche et des copies des intégrateurs.");
    }

    /** A change of the record's state: its success, or the API's refusal, is said on the preview. */
    private String act(UUID id, RedirectAttributes redirect, Supplier<RecordView> change, String success) {
        try {
            change.get();
            redirect.addFlashAttribute("succes", success);
        } catch (ServiceProblem refused) {
            redirect.addFlashAttribute("echec", refused.title() + " : " + refused.detail());
        }
        return "redirect:/mes-fiches/" + id;
    }

    private String form(RecordForm form, UUID id, RecordErrors errors, Model model) {
        model.addAttribute("form", form.withBlankRows());
        model.addAttribute("ficheId", id);
        model.addAttribute("erreurs", errors);
        model.addAttribute("choix", RecordVocabulary.FOR_FORM);
        return "fiches/formulaire";
    }

    private String refused(RecordForm form, UUID id, ServiceProblem problem, Model model, HttpServletResponse response) {
        // A refusal that names fields says it all in its list; one that does not (not an agent of the collectivité,
        // unknown collectivité…) is said above it.
        String general = problem.fieldErrors().isEmpty() ? problem.title() + " : " + problem.detail() : null;
        HttpStatus status = problem.status() == HttpStatus.BAD_REQUEST.value() ? HttpStatus.UNPROCESSABLE_CONTENT
                : problem.status() >= 500 ? HttpStatus.BAD_GATEWAY : HttpStatus.valueOf(problem.status());
        return refused(form, id, RecordErrors.of(problem.fieldErrors(), general), status, model, response);
    }

    private String refused(RecordForm form, UUID id, RecordErrors errors, HttpStatus status, Model model,
                           HttpServletResponse response) {
        response.setStatus(status.value());
        return form(form, id, errors, model);
    }

    /**
     * Someone changed the record since the person opened it: their input is kept, the version becomes the current one,
     * so that sending it again replaces the other change knowingly.
     */
    private String conflict(RecordForm form, RecordView current, Model model, HttpServletResponse response) {
        form.setVersion(current.version());
        model.addAttribute("conflit", current);
        return refused(form, current.id(), RecordErrors.of(Map.of(), "Cette fiche a été modifiée par quelqu'un "
                        + "d'autre depuis que vous l'avez ouverte : rien n'a été enregistré. Vos saisies sont conservées "
                        + "ci-dessous. Comparez-les avec la version enregistrée, puis enregistrez de nouveau pour la "
                        + "remplacer par la vôtre."),
                HttpStatus.CONFLICT, model, response);
    }

    private static String agentSiren() {
        return SignedInUser.siren().orElseThrow(() -> new AccessDeniedException("Un agent sans collectivité"));
    }
}
