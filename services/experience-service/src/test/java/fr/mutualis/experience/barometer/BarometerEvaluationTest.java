package fr.mutualis.experience.barometer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.mutualis.experience.barometer.domain.Answers;
import fr.mutualis.experience.barometer.domain.Evaluation;
import fr.mutualis.experience.barometer.domain.ProfileRules;
import fr.mutualis.experience.barometer.domain.UnknownAnswerException;
import fr.mutualis.experience.barometer.persistence.ProfileRulesFile;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The rules of the barometer as the data file encodes them (ADR 0007). */
class BarometerEvaluationTest {

    private static final ProfileRules RULES = ProfileRulesFile.read(JsonMapper.builder().build());
    private static final Set<String> ALL_TOOLS = Set.of("top-down", "reseaux-sociaux", "participatif");
    private static final Set<String> SIX_AXES = Set.of("open-data", "thd", "dematerialisation", "smart-city",
            "e-inclusion", "cloud");

    private static String profile(Answers answers) {
        return RULES.evaluate(answers).profile().code();
    }

    @Test
    void the_file_holds_the_five_profiles_of_the_study_and_its_eleven_roles() {
        assertThat(RULES.profiles()).extracting(p -> p.code())
                .containsExactly("systemique", "eclaireur", "entrepreneur", "explorateur", "observateur");
        assertThat(RULES.roleLabels()).hasSize(11);
        assertThat(RULES.axisLabels()).hasSize(12);
        assertThat(RULES.toolLabels()).containsOnlyKeys(ALL_TOOLS);
    }

    @Test
    void eclaireur_and_systemique_differ_by_monitoring_only() {
        Answers eclaireur = new Answers(true, true, SIX_AXES, Set.of("dpd"), false, ALL_TOOLS);
        Answers systemique = new Answers(true, true, SIX_AXES, Set.of("dpd"), true, ALL_TOOLS);

        assertThat(profile(eclaireur)).isEqualTo("eclaireur");
        assertThat(profile(systemique)).isEqualTo("systemique");
        assertThat(RULES.evaluate(eclaireur).criteria()).hasSize(6).allMatch(Evaluation.CriterionResult::met);
        assertThat(RULES.evaluate(eclaireur).criteria().get(2).reason())
                .isEqualTo("6 axe(s) engagé(s) : au moins 6 attendu(s) pour le profil Éclaireur.");
    }

    @Test
    void six_axes_are_required_not_five() {
        Set<String> five = Set.of("open-data", "thd", "dematerialisation", "smart-city", "e-inclusion");
        Evaluation evaluation = RULES.evaluate(new Answers(true, true, five, Set.of("dpd"), false, ALL_TOOLS));

        assertThat(evaluation.classified()).isFalse();
        assertThat(evaluation.profile().code()).isEqualTo("non-classe");
        assertThat(evaluation.nearest().code()).isEqualTo("eclaireur");
        assertThat(evaluation.criteria()).filteredOn(result -> !result.met())
                .extracting(Evaluation.CriterionResult::criterion).containsExactly("axes");
    }

    @Test
    void entrepreneur_stays_within_the_axes_and_roles_the_law_pushes() {
        Answers entrepreneur = new Answers(true, true, Set.of("dematerialisation", "open-data"), Set.of("cil", "dpd"),
                false, Set.of("top-down", "reseaux-sociaux"));
        Answers withSmartCity = new Answers(true, true, Set.of("dematerialisation", "smart-city"), Set.of("dpd"),
                false, Set.of("top-down", "reseaux-sociaux"));

        assertThat(profile(entrepreneur)).isEqualTo("entrepreneur");
        assertThat(RULES.evaluate(withSmartCity).nearest().code()).isEqualTo("entrepreneur");
    }

    @Test
    void explorateur_and_observateur_have_neither_plan_nor_elu() {
        assertThat(profile(new Answers(false, false, Set.of("open-data", "incubateur"), Set.of("data-scientist"), false,
                Set.of()))).isEqualTo("explorateur");
        assertThat(profile(new Answers(false, false, Set.of("open-data", "thd"), Set.of(), false, Set.of("top-down"))))
                .isEqualTo("observateur");
        assertThat(profile(new Answers(false, false, Set.of("open-data", "thd", "cloud"), Set.of(), false,
                Set.of("top-down")))).as("three axes are too many for an observateur").isEqualTo("non-classe");
    }

    @Test
    void a_tie_between_nearest_profiles_goes_to_the_earlier_one() {
        Evaluation nothing = RULES.evaluate(new Answers(true, false, Set.of(), Set.of(), false, Set.of()));

        assertThat(nothing.profile().code()).isEqualTo("non-classe");
        assertThat(nothing.nearest()).isNotNull();
    }

    @Test
    void answers_outside_the_study_are_refused() {
        assertThatThrownBy(() -> RULES.requireKnown(new Answers(true, true, Set.of("blockchain"), Set.of(), false,
                Set.of()))).isInstanceOf(UnknownAnswerException.class).hasMessageContaining("blockchain");
    }
}
