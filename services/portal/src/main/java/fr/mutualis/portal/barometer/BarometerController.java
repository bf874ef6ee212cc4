package fr.mutualis.portal.barometer;

import fr.mutualis.portal.shared.calls.ServiceProblem;
import fr.mutualis.portal.shared.calls.ServiceUnavailableException;
import fr.mutualis.portal.shared.signin.PageAccessRules;
import fr.mutualis.portal.shared.signin.SignedInUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * « Mon baromètre »: the latest assessment of the signed-in person's collectivité (profile, reasons, history, charts
 * against its peers), and the form to simulate or record a new one. Agents and élus open the pages; recording is the
 * agents', and experience-service decides it: its refusal is shown on the form.
 */
@Controller
class BarometerController {

    /** The date field's id: the other fields are the questionnaire's. */
    static final String DATE_FIELD = "assessedOn";

    private final BarometerCalls calls;

    BarometerController(BarometerCalls calls) {
        this.calls = calls;
    }

    @Bean
    static PageAccessRules barometerPages() {
        return requests -> requests.requestMatchers("/barometre", "/barometre/**").hasAnyRole("AGENT", "ELU");
    }

    /** A link of the error summary to the field in error. */
    record ErrorLink(String href, String message) {
    }

    @GetMapping("/barometre")
    String dashboard(Model model) {
        String siren = mySiren();
        Referential referential = calls.referential();
        List<Assessment> history = calls.history(siren);
        Assessment latest = history.isEmpty() ? null : history.get(0);
        model.addAttribute("dernier", latest);
        if (latest != null) {
            model.addAttribute("verdict", Verdict.of(latest, AnswersForm.startingFrom(latest.answers()), referential));
        }
        model.addAttribute("historique", HistoryRow.of(history, referential));
        addPeers(model, siren, latest);
        return "barometre/tableau-de-bord";
    }

    @GetMapping("/barometre/evaluer")
    String form(Model model) {
        List<Assessment> history = calls.history(mySiren());
        AnswersForm form = history.isEmpty() || history.get(0).answers() == null ? AnswersForm.empty()
                : AnswersForm.startingFrom(history.get(0).answers());
        return form(model, calls.referential(), form, Map.of(), List.of());
    }

    /** « Simuler »: the profile these answers would give, shown on the form, nothing recorded. */
    @PostMapping("/barometre/simulation")
    String simulate(@ModelAttribute AnswersForm answers, Model model, HttpServletResponse response) {
        Referential referential = calls.referential();
        try {
            Assessment simulation = calls.simulate(answers);
            model.addAttribute("simulation", Verdict.of(simulation, answers, referential));
            return form(model, referential, answers, Map.of(), List.of());
        } catch (ServiceProblem problem) {
            return refused(problem, model, referential, answers, response);
        }
    }

    /** « Enregistrer »: records the assessment, then back to the barometer with its profile. */
    @PostMapping("/barometre")
    String record(@ModelAttribute AnswersForm answers, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        String siren = mySiren();
        try {
            Assessment recorded = calls.record(siren, answers);
            redirect.addFlashAttribute("succes", "Votre auto-évaluation est enregistrée : profil « "
                    + HistoryRow.profileOf(recorded) + " ».");
            return "redirect:/barometre";
        } catch (ServiceProblem problem) {
            return refused(problem, model, calls.referential(), answers, response);
        }
    }

    private String refused(ServiceProblem problem, Model model, Referential referential, AnswersForm answers,
                           HttpServletResponse response) {
        response.setStatus(problem.status() == HttpStatus.BAD_REQUEST.value()
                ? HttpStatus.UNPROCESSABLE_ENTITY.value() : problem.status());
        Map<String, String> errors = new LinkedHashMap<>();
        fields(referential).forEach(field -> {
            List<String> messages = problem.errorsOf(field);
            if (!messages.isEmpty()) {
                errors.put(field, String.join(" ", messages));
            }
        });
        List<ErrorLink> summary = new ArrayList<>();
        if (errors.containsKey(DATE_FIELD)) {
            summary.add(new ErrorLink("#champ-" + DATE_FIELD, errors.get(DATE_FIELD)));
        }
        Questionnaire.of(referential, answers, errors).stream().filter(question -> question.error() != null)
                .forEach(question -> summary.add(new ErrorLink("#" + question.firstInputId(), question.error())));
        if (summary.isEmpty()) {
            // A refusal about no field (not an agent, another collectivité…): the summary says it as it is.
            summary.add(new ErrorLink(null, problem.detail()));
        }
        model.addAttribute("titreErreurs", problem.title());
        return form(model, referential, answers, errors, summary);
    }

    private static List<String> fields(Referential referential) {
        List<String> fields = new ArrayList<>(List.of(DATE_FIELD));
        referential.criteria().forEach(criterion -> fields.add(criterion.code()));
        return fields;
    }

    private String form(Model model, Referential referential, AnswersForm answers, Map<String, String> errors,
                        List<ErrorLink> summary) {
        model.addAttribute("reponses", answers);
        model.addAttribute("questions", Questionnaire.of(referential, answers, errors));
        model.addAttribute("erreurDate", errors.get(DATE_FIELD));
        model.addAttribute("erreurs", summary);
        return "barometre/evaluer";
    }

    /** The charts, or why there are none: the page stays usable when search does not answer. */
    private void addPeers(Model model, String siren, Assessment latest) {
        try {
            calls.peersOf(siren).filter(benchmark -> benchmark.peers() > 0).ifPresent(benchmark -> {
                model.addAttribute("pairs", PeerCharts.peersSentence(benchmark, latest));
                model.addAttribute("graphiques", PeerCharts.of(benchmark, latest));
            });
        } catch (ServiceUnavailableException | ServiceProblem unavailable) {
            model.addAttribute("pairsIndisponibles", true);
        }
    }

    private static String mySiren() {
        return SignedInUser.siren().orElseThrow(
                () -> new AccessDeniedException("Le baromètre est celui d'une collectivité : votre compte n'en a pas."));
    }
}
