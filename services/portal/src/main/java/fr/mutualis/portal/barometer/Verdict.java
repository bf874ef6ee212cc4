package fr.mutualis.portal.barometer;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A profile and its reasons as the page says them: for each criterion, the collectivité's answer, whether it meets
 * what the profile (or, for a "non classé", the nearest profile) expects, and the service's reason in French.
 *
 * @param nearest the profile a "non classé" comes nearest to, null otherwise
 */
record Verdict(String profile, String nearest, List<Reason> reasons) {

    record Reason(String criterion, String answer, boolean met, String reason) {
    }

    static Verdict of(Assessment evaluation, AnswersForm answers, Referential referential) {
        List<Reason> reasons = evaluation.criteria().stream().map(result -> new Reason(
                referential.criterionLabel(result.criterion()), answerOf(result.criterion(), answers, referential),
                result.met(), result.reason())).toList();
        return new Verdict(evaluation.profile() == null ? "" : evaluation.profile().label(),
                evaluation.classified() || evaluation.nearestProfile() == null ? null
                        : evaluation.nearestProfile().label(), reasons);
    }

    /** « Oui », « Non », or the labels of the answers ticked (« Aucun » when none). */
    private static String answerOf(String criterion, AnswersForm answers, Referential referential) {
        List<String> chosen = answers.chosen(criterion);
        if (referential.choicesOf(criterion).isEmpty()) {
            return chosen.contains(AnswersForm.YES) ? "Oui" : chosen.contains(AnswersForm.NO) ? "Non" : "Sans réponse";
        }
        return chosen.isEmpty() ? "Aucun" : chosen.stream()
                .map(code -> referential.choicesOf(criterion).getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }
}
