package fr.mutualis.portal.demat;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.signin.SignedInUser;
import fr.mutualis.service.security.PlatformRole;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The actes of the signed-in person's collectivité: the list by state, an acte with its history, and the forms of the
 * steps their role allows (see {@link ActeAction}). A refusal of demat-service is shown on the acte's page, next to
 * the field it concerns.
 */
@Controller
@RequestMapping("/actes")
class MesActesController {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };

    private final PlatformServices services;

    MesActesController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping
    String list(@RequestParam Optional<String> etat, Model model) {
        Optional<String> state = etat.filter(ActeState.STATES::isCode);
        List<Map<String, Object>> actes = demat().get()
                .uri(uri -> uri.path("/api/demat/actes").queryParamIfPresent("etat", state).build())
                .retrieve().body(LIST);
        model.addAttribute("actes", actes == null ? List.of() : actes);
        model.addAttribute("etats", ActeState.STATES.choices());
        model.addAttribute("etatChoisi", state.orElse(""));
        model.addAttribute("libelleEtatChoisi", state.map(ActeState.STATES::labelOf).orElse(null));
        return "actes/liste";
    }

    @GetMapping("/{id}")
    String acte(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    @PostMapping("/{id}/document")
    String attachDocument(@PathVariable UUID id, @RequestParam("fichier") MultipartFile fichier,
                          RedirectAttributes redirect, Model model, HttpServletResponse response) {
        if (fichier.isEmpty()) {
            return refused(id, new ServiceProblem(422, "Aucun fichier choisi", "Choisissez le fichier PDF de l'acte.",
                    Map.of("fichier", "Choisissez le fichier PDF de l'acte.")), "document", null, model, response);
        }
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("fichier", fichier.getResource());
        try {
            demat().put().uri("/api/demat/actes/{id}/document", id).contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(parts.build()).retrieve().toBodilessEntity();
        } catch (ServiceProblem problem) {
            return refused(id, problem, "document", null, model, response);
        }
        redirect.addFlashAttribute("succes", "Le document « " + fichier.getOriginalFilename()
                + " » est joint à l'acte.");
        return "redirect:/actes/" + id;
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam Optional<String> motif,
               RedirectAttributes redirect, Model model, HttpServletResponse response) {
        ActeAction step = ActeAction.ofPath(action).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, Object> changed;
        try {
            changed = demat().post().uri("/api/demat/actes/{id}/{action}", id, step.path())
                    .contentType(MediaType.APPLICATION_JSON).body(requestOf(step, motif.orElse("")))
                    .retrieve().body(OBJECT);
        } catch (ServiceProblem problem) {
            return refused(id, problem, step.path(), motif.orElse(""), model, response);
        }
        redirect.addFlashAttribute("succes", step.label() + " : c'est fait. L'acte est maintenant « "
                + ActeState.STATES.labelOf(changed == null ? null : changed.get("etat")) + " ».");
        return "redirect:/actes/" + id;
    }

    /** The body demat-service expects for the step. */
    static Map<String, Object> requestOf(ActeAction action, String reason) {
        return switch (action) {
            case MISE_EN_CIRCUIT -> Map.of("etapes", List.of(Map.of("type", "signature", "role", "elu")));
            case REJET -> Map.of("motif", reason.strip());
            default -> Map.of();
        };
    }

    /** The acte's page again, with what the service refused next to the form that asked (and what was typed). */
    private String refused(UUID id, ServiceProblem problem, String form, String reason, Model model,
                           HttpServletResponse response) {
        int status = !problem.fieldErrors().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                : problem.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.status();
        response.setStatus(status);
        model.addAttribute("probleme", problem);
        model.addAttribute("formulaireEnErreur", form);
        model.addAttribute("motif", reason);
        return show(id, model);
    }

    private String show(UUID id, Model model) {
        Map<String, Object> acte = Objects.requireNonNull(demat().get().uri("/api/demat/actes/{id}", id).retrieve()
                .body(OBJECT));
        List<Map<String, Object>> history = demat().get().uri("/api/demat/actes/{id}/historique", id).retrieve()
                .body(LIST);
        boolean agent = SignedInUser.has(PlatformRole.AGENT)
                && SignedInUser.siren().filter(siren -> siren.equals(acte.get("siren"))).isPresent();
        model.addAttribute("acte", acte);
        model.addAttribute("historique", HistoryRow.of(history == null ? List.of() : history));
        model.addAttribute("actions", ActeAction.allowed(acte, agent, "en-circuit".equals(acte.get("etat"))
                && inMyParapheur(id)));
        model.addAttribute("documentModifiable", ActeAction.documentEditable(acte, agent));
        return "actes/acte";
    }

    /** Whether the acte's current step is the person's to take, in their name or by delegation. */
    private boolean inMyParapheur(UUID id) {
        List<Map<String, Object>> waiting = demat().get().uri("/api/demat/parapheur").retrieve().body(LIST);
        return waiting != null && waiting.stream().anyMatch(acte -> id.toString().equals(acte.get("id")));
    }

    private RestClient demat() {
        return services.of(PlatformServices.DEMAT);
    }

    /** A line of the acte's history as the page shows it: the state reached by its label. */
    record HistoryRow(Object le, Object par, Object action, String etat, Object detail) {

        static List<HistoryRow> of(List<Map<String, Object>> lines) {
            return lines.stream().map(line -> new HistoryRow(line.get("le"), line.get("par"), line.get("action"),
                    ActeState.STATES.labelOf(line.get("vers")), line.get("detail"))).toList();
        }
    }
}
