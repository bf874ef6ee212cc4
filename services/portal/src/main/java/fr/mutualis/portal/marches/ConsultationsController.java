package fr.mutualis.portal.marches;

import fr.mutualis.portal.shared.calls.PlatformServices;
import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.layout.Labels.Choice;
import fr.mutualis.portal.shared.signin.SignedInUser;
import fr.mutualis.service.security.PlatformRole;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Consultations: the published ones for anyone, those of the signed-in buyer's collectivité with their drafts, one
 * consultation with its lots, DCE, answered questions and history, and the buyer's steps (see
 * {@link ConsultationAction}). A refusal of marches-service is shown on the consultation's page, next to the field
 * it concerns.
 */
@Controller
@RequestMapping("/marches")
class ConsultationsController {

    private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {
    };
    /** The headers of a DCE file the person's browser needs: what it is, how long, under which name to save it. */
    private static final List<String> DOWNLOAD_HEADERS = List.of(HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH,
            HttpHeaders.CONTENT_DISPOSITION);

    private final PlatformServices services;

    ConsultationsController(PlatformServices services) {
        this.services = services;
    }

    @GetMapping
    String published(@RequestParam Optional<String> etat, Model model) {
        return list("/api/marches/consultations-publiees", etat, false, "marches/liste", model);
    }

    @GetMapping("/mes-consultations")
    String mine(@RequestParam Optional<String> etat, Model model) {
        return list("/api/marches/consultations", etat, true, "marches/mes-consultations", model);
    }

    @GetMapping("/{id}")
    String consultation(@PathVariable UUID id, Model model) {
        return show(id, model);
    }

    /**
     * A DCE file, streamed from marches-service with the person's token so that the registre des retraits names the
     * company that withdrew it (or records an anonymous withdrawal).
     */
    @GetMapping("/{id}/dce/{sha256}")
    void withdraw(@PathVariable UUID id, @PathVariable String sha256, HttpServletResponse response) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        marches().get().uri("/api/marches/consultations/{id}/dce/{sha256}", id, sha256).exchange((request, answer) -> {
            if (answer.getStatusCode().isError()) {
                throw answer.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                        ? new ServiceProblem(404, "Document introuvable", "Ce document ne fait pas partie du DCE "
                        + "d'une consultation publiée.", Map.of())
                        : new ServiceProblem(answer.getStatusCode().value(), "Téléchargement impossible",
                        "Le service des marchés n'a pas pu fournir ce document ; réessayez dans quelques minutes.",
                        Map.of());
            }
            DOWNLOAD_HEADERS.forEach(name -> Optional.ofNullable(answer.getHeaders().getFirst(name))
                    .ifPresent(value -> response.setHeader(name, value)));
            response.setHeader("X-Content-Type-Options", "nosniff");
            answer.getBody().transferTo(response.getOutputStream());
            return null;
        }, true);
    }

    @PostMapping("/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam Map<String, String> form,
               RedirectAttributes redirect, Model model, HttpServletResponse response) {
        ConsultationAction step = ConsultationAction.ofPath(action)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String typed = step.field() == null ? null : form.getOrDefault(step.field(), "");
        Map<String, Object> changed;
        try {
            changed = marches().post().uri("/api/marches/consultations/{id}/{action}", id, step.path())
                    .contentType(MediaType.APPLICATION_JSON).body(step.request(typed)).retrieve().body(OBJECT);
        } catch (ServiceProblem problem) {
            int status = !problem.fieldErrors().isEmpty() ? HttpStatus.UNPROCESSABLE_CONTENT.value()
                    : problem.status() >= 500 ? HttpStatus.BAD_GATEWAY.value() : problem.status();
            response.setStatus(status);
            model.addAttribute("probleme", problem);
            model.addAttribute("formulaireEnErreur", step.path());
            // A passphrase is never sent back to the page; a reason is kept as typed.
            model.addAttribute("saisie", "motif".equals(step.field()) ? typed : "");
            return show(id, model);
        }
        redirect.addFlashAttribute("succes", step.label() + " : c'est fait. La consultation est maintenant « "
                + ConsultationState.STATES.labelOf(changed == null ? null : changed.get("etat")) + " ».");
        return "redirect:/marches/" + id;
    }

    /** « UTC+01:00 » for a deadline marches-service gives in Paris time with its offset, so nobody has to guess. */
    static String offsetOf(Object deadline) {
        try {
            return "UTC" + OffsetDateTime.parse(String.valueOf(deadline)).getOffset().getId().replace("Z", "+00:00");
        } catch (DateTimeParseException notADate) {
            return "";
        }
    }

    /** The consultation with what the pages add: its state's label and its deadline's offset. */
    static Map<String, Object> readable(Map<String, Object> consultation) {
        Map<String, Object> readable = new LinkedHashMap<>(consultation);
        readable.put("libelleEtat", ConsultationState.STATES.labelOf(consultation.get("etat")));
        readable.put("decalage", offsetOf(consultation.get("dateLimite")));
        return readable;
    }

    private String list(String path, Optional<String> etat, boolean withDrafts, String view, Model model) {
        List<Choice> states = ConsultationState.choices(withDrafts);
        Optional<String> state = etat.filter(code -> states.stream().anyMatch(choice -> choice.code().equals(code)));
        List<Map<String, Object>> consultations = marches().get()
                .uri(uri -> uri.path(path).queryParamIfPresent("etat", state).build()).retrieve().body(LIST);
        model.addAttribute("consultations", consultations == null ? List.of()
                : consultations.stream().map(ConsultationsController::readable).toList());
        model.addAttribute("etats", states);
        model.addAttribute("etatChoisi", state.orElse(""));
        model.addAttribute("libelleEtatChoisi", state.map(ConsultationState.STATES::labelOf).orElse(null));
        return view;
    }

    private String show(UUID id, Model model) {
        Map<String, Object> consultation = Objects.requireNonNull(marches().get()
                .uri("/api/marches/consultations/{id}", id).retrieve().body(OBJECT));
        List<Map<String, Object>> history = marches().get().uri("/api/marches/consultations/{id}/historique", id)
                .retrieve().body(LIST);
        boolean buyer = (SignedInUser.has(PlatformRole.AGENT) || SignedInUser.has(PlatformRole.ELU))
                && SignedInUser.siren().filter(siren -> siren.equals(consultation.get("sirenAcheteur"))).isPresent();
        model.addAttribute("consultation", readable(consultation));
        model.addAttribute("historique", HistoryRow.of(history == null ? List.of() : history));
        model.addAttribute("acheteur", buyer);
        model.addAttribute("actions", ConsultationAction.allowed(consultation, buyer));
        return "marches/consultation";
    }

    private RestClient marches() {
        return services.of(PlatformServices.MARCHES);
    }

    /** A line of the consultation's history as the page shows it, in French. */
    record HistoryRow(Object date, Object auteur, String action, String etat, Object detail) {

        static List<HistoryRow> of(List<Map<String, Object>> lines) {
            return lines.stream().map(line -> new HistoryRow(line.get("date"), line.get("auteur"),
                    ConsultationChange.CHANGES.labelOf(line.get("action")), ConsultationState.STATES.labelOf(line.get("etatApres")),
                    line.get("detail"))).toList();
        }
    }
}
