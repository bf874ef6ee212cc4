package fr.mutualis.portal.barometer;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The form's questions, one per criterion of the referential in the study's order: yes/no criteria as two radio
 * buttons, the others as a checkbox per answer, sorted by label; each with the person's choices and the service's
 * error, if any.
 */
final class Questionnaire {

    /** The question and its hint in plain French, by criterion: the referential only names the criteria. */
    private static final Map<String, List<String>> WORDING = Map.of(
            "strategicPlan", List.of("La collectivité a-t-elle un plan ou un schéma stratégique du numérique ?",
                    "Un document adopté qui fixe les orientations et les projets numériques de la collectivité."),
            "digitalElu", List.of("Un élu est-il chargé du numérique ?",
                    "Une délégation au numérique, même partagée avec d'autres sujets."),
            "axes", List.of("Dans quels axes la collectivité est-elle engagée ?",
                    "Cochez chaque axe où la collectivité mène au moins un projet ; aucun si elle n'en mène pas."),
            "roles", List.of("Quels postes spécialisés la collectivité a-t-elle ?",
                    "Cochez les compétences présentes dans les services, en interne ou mutualisées ; aucune si elle n'en a pas."),
            "monitoring", List.of("Un dispositif de suivi et d'évaluation des projets numériques existe-t-il ?",
                    "Des indicateurs suivis, un bilan régulier ou une évaluation des projets."),
            "communicationTools", List.of("Quels outils numériques la collectivité utilise-t-elle pour communiquer ?",
                    "Cochez chaque usage ; aucun si elle n'en utilise pas."));
    private static final List<Option> YES_NO = List.of(new Option(AnswersForm.YES, "Oui"), new Option(AnswersForm.NO, "Non"));
    private static final Comparator<Option> BY_LABEL = Comparator.comparing(Option::label, Collator.getInstance(Locale.FRENCH));

    private Questionnaire() {
    }

    /** One answer a question offers. */
    record Option(String value, String label) {
    }

    /**
     * @param code     the criterion's code: the name of its inputs and of the API's field
     * @param multiple checkboxes when true, radio buttons otherwise
     * @param error    the service's message about this criterion, null when none
     */
    record Question(String code, String legend, String hint, boolean multiple, List<Option> options,
                    List<String> chosen, String error) {

        /** The id of the option's input: the first one is what the error summary links to. */
        public String inputId(Option option) {
            return "champ-" + code + "-" + option.value();
        }

        public String firstInputId() {
            return options.isEmpty() ? "champ-" + code : inputId(options.get(0));
        }

        public boolean isChosen(Option option) {
            return chosen.contains(option.value());
        }

        /** The ids of the hint and, when there is one, of the error: what the group's description points at. */
        public String describedBy() {
            return "champ-" + code + "-aide" + (error == null ? "" : " champ-" + code + "-erreur");
        }
    }

    static List<Question> of(Referential referential, AnswersForm form, Map<String, String> errors) {
        return referential.criteria().stream().map(criterion -> {
            Map<String, String> choices = referential.choicesOf(criterion.code());
            List<String> wording = WORDING.getOrDefault(criterion.code(), List.of(criterion.label(), ""));
            List<Option> options = choices.isEmpty() ? YES_NO
                    : choices.entrySet().stream().map(e -> new Option(e.getKey(), e.getValue())).sorted(BY_LABEL).toList();
            return new Question(criterion.code(), wording.get(0), wording.get(1), !choices.isEmpty(), options,
                    form.chosen(criterion.code()), errors.get(criterion.code()));
        }).toList();
    }
}
