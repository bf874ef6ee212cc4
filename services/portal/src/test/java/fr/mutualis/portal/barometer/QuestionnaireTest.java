package fr.mutualis.portal.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireTest {

    static final Referential REFERENTIAL = new Referential(List.of(
            new Referential.Named("strategicPlan", "Plan ou schéma stratégique"),
            new Referential.Named("digitalElu", "Élu en charge du numérique"),
            new Referential.Named("axes", "Axes engagés"),
            new Referential.Named("roles", "Compétences spécialisées"),
            new Referential.Named("monitoring", "Suivi et évaluation"),
            new Referential.Named("communicationTools", "Outils de communication")),
            Map.of("thd", "Très haut débit (THD)", "open-data", "Open data", "economie-collaborative",
                    "Économie collaborative", "cloud", "Hébergement des données / Cloud"),
            Map.of("dpd", "Délégué à la protection des données (DPD)", "cil", "Correspondant informatique et libertés (CIL)"),
            Map.of("top-down", "Communication descendante", "participatif", "Dispositifs participatifs",
                    "reseaux-sociaux", "Réseaux sociaux"),
            List.of(new Referential.Named("eclaireur", "Éclaireur"), new Referential.Named("entrepreneur", "Entrepreneur")));

    @Test
    void asks_every_criterion_in_the_referentials_order_yes_no_ones_with_radio_buttons() {
        List<Questionnaire.Question> questions = Questionnaire.of(REFERENTIAL, AnswersForm.empty(), Map.of());

        assertThat(questions).extracting(Questionnaire.Question::code).containsExactly("strategicPlan", "digitalElu",
                "axes", "roles", "monitoring", "communicationTools");
        assertThat(questions).extracting(Questionnaire.Question::multiple)
                .containsExactly(false, false, true, true, false, true);
        assertThat(questions.get(0).options()).extracting(Questionnaire.Option::value).containsExactly("true", "false");
        assertThat(questions).allSatisfy(question -> assertThat(question.hint()).isNotBlank());
    }

    @Test
    void offers_the_referentials_answers_by_french_label_and_keeps_what_was_ticked() {
        AnswersForm form = new AnswersForm(null, "true", null, List.of("cloud", "thd"), List.of(), null, List.of());

        Questionnaire.Question axes = Questionnaire.of(REFERENTIAL, form, Map.of()).get(2);

        assertThat(axes.options()).extracting(Questionnaire.Option::label).containsExactly(
                "Économie collaborative", "Hébergement des données / Cloud", "Open data", "Très haut débit (THD)");
        assertThat(axes.options()).filteredOn(axes::isChosen).extracting(Questionnaire.Option::value)
                .containsExactlyInAnyOrder("cloud", "thd");
        assertThat(axes.inputId(axes.options().get(0))).isEqualTo("champ-axes-economie-collaborative");
        assertThat(axes.firstInputId()).isEqualTo("champ-axes-economie-collaborative");
    }

    @Test
    void ties_the_services_error_to_its_question() {
        Map<String, String> errors = Map.of("digitalElu", "Indiquez si un élu est en charge du numérique.");

        List<Questionnaire.Question> questions = Questionnaire.of(REFERENTIAL, AnswersForm.empty(), errors);

        assertThat(questions.get(1).error()).isEqualTo("Indiquez si un élu est en charge du numérique.");
        assertThat(questions.get(1).describedBy()).isEqualTo("champ-digitalElu-aide champ-digitalElu-erreur");
        assertThat(questions.get(0).error()).isNull();
        assertThat(questions.get(0).describedBy()).isEqualTo("champ-strategicPlan-aide");
    }

    @Test
    void says_a_profile_with_each_answer_and_reason() {
        Assessment simulation = new Assessment(null, null, null, null,
                new Assessment.Label("non-classe", "Non classé"), new Assessment.Label("eclaireur", "Éclaireur"),
                List.of(new Assessment.CriterionResult("axes", false,
                                "2 axe(s) engagé(s) : au moins 6 attendu(s) pour le profil Éclaireur."),
                        new Assessment.CriterionResult("strategicPlan", true, "Présence d'un plan…")),
                null);
        AnswersForm form = new AnswersForm(null, "true", null, List.of("thd", "open-data"), List.of(), null, List.of());

        Verdict verdict = Verdict.of(simulation, form, REFERENTIAL);

        assertThat(verdict.profile()).isEqualTo("Non classé");
        assertThat(verdict.nearest()).isEqualTo("Éclaireur");
        assertThat(verdict.reasons()).containsExactly(
                new Verdict.Reason("Axes engagés", "Très haut débit (THD), Open data", false,
                        "2 axe(s) engagé(s) : au moins 6 attendu(s) pour le profil Éclaireur."),
                new Verdict.Reason("Plan ou schéma stratégique", "Oui", true, "Présence d'un plan…"));
    }
}
