package fr.mutualis.experience.barometer.web;

import fr.mutualis.experience.barometer.application.Barometer;
import fr.mutualis.experience.barometer.domain.Answers;
import fr.mutualis.experience.barometer.domain.Assessment;
import fr.mutualis.experience.barometer.domain.Evaluation;
import fr.mutualis.experience.barometer.domain.Profile;
import fr.mutualis.experience.barometer.domain.ProfileRules;
import fr.mutualis.experience.barometer.domain.Progress;
import fr.mutualis.experience.collectivite.web.SignedInAgent;
import fr.mutualis.service.security.PlatformUser;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The barometer's API: the form's referential, a simulation, and each collectivité's dated self-assessments. */
@RestController
class BarometerController {

    private final Barometer barometer;

    BarometerController(Barometer barometer) {
        this.barometer = barometer;
    }

    /** The answers to the six criteria; {@code assessedOn} defaults to today. */
    record AnswersRequest(
            LocalDate assessedOn,
            @NotNull(message = "Indiquez si la collectivité a un plan ou schéma stratégique numérique.") Boolean strategicPlan,
            @NotNull(message = "Indiquez si un élu est en charge du numérique.") Boolean digitalElu,
            @NotNull(message = "Indiquez les axes engagés (liste vide si aucun).")
            Set<@NotNull(message = EMPTY_ANSWER) String> axes,
            @NotNull(message = "Indiquez les postes spécialisés (liste vide si aucun).")
            Set<@NotNull(message = EMPTY_ANSWER) String> roles,
            @NotNull(message = "Indiquez si un dispositif de suivi et d'évaluation existe.") Boolean monitoring,
            @NotNull(message = "Indiquez les outils de communication utilisés (liste vide si aucun).")
            Set<@NotNull(message = EMPTY_ANSWER) String> communicationTools) {

        static final String EMPTY_ANSWER = "Une réponse de la liste ne peut pas être vide (null) : retirez-la.";

        Answers answers() {
            return new Answers(strategicPlan, digitalElu, axes, roles, monitoring, communicationTools);
        }
    }

    record AssessmentResponse(String id, String siren, Object collectivite, LocalDate assessedOn, Answers answers,
                              Evaluation.Label profile, Evaluation.Label nearestProfile,
                              List<Evaluation.CriterionResult> criteria, boolean demo, Progress progress) {

        static AssessmentResponse of(Assessment a, Progress progress) {
            return new AssessmentResponse(a.id().toString(), a.siren(), a.collectivite(), a.assessedOn(), a.answers(),
                    a.evaluation().profile(), a.evaluation().nearest(), a.evaluation().criteria(), a.demo(), progress);
        }
    }

    record ReferentialResponse(int version, List<Map<String, String>> criteria, Map<String, String> axes,
                               Map<String, String> roles, Map<String, String> communicationTools, List<Profile> profiles) {
    }

    @GetMapping("/api/barometre/referentiel")
    ReferentialResponse referential() {
        ProfileRules rules = barometer.rules();
        List<Map<String, String>> criteria = java.util.Arrays.stream(fr.mutualis.experience.barometer.domain.Criterion.values())
                .map(c -> Map.of("code", c.code(), "label", c.label())).toList();
        return new ReferentialResponse(rules.version(), criteria, rules.axisLabels(), rules.roleLabels(),
                rules.toolLabels(), rules.profiles());
    }

    @PostMapping(path = "/api/barometre/simulation", consumes = "application/json")
    Evaluation simulate(@Valid @RequestBody AnswersRequest request) {
        return barometer.simulate(request.answers());
    }

    @PostMapping(path = "/api/collectivites/{siren}/barometre", consumes = "application/json")
    ResponseEntity<AssessmentResponse> record(
            @PathVariable @Pattern(regexp = "[0-9]{9}", message = "Le SIREN doit comporter 9 chiffres.") String siren,
            PlatformUser agent,
            @Valid @RequestBody AnswersRequest request) {
        Assessment assessment = barometer.record(SignedInAgent.collectivite(agent), siren, request.assessedOn(),
                request.answers());
        List<Barometer.Step> history = barometer.history(siren);
        Progress progress = history.stream().filter(step -> step.assessment().id().equals(assessment.id()))
                .map(Barometer.Step::progress).findFirst().orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).body(AssessmentResponse.of(assessment, progress));
    }

    /** Newest first, each with what changed since the assessment before. */
    @GetMapping("/api/collectivites/{siren}/barometre")
    List<AssessmentResponse> history(
            @PathVariable @Pattern(regexp = "[0-9]{9}", message = "Le SIREN doit comporter 9 chiffres.") String siren) {
        return barometer.history(siren).stream().map(step -> AssessmentResponse.of(step.assessment(), step.progress()))
                .toList();
    }
}
