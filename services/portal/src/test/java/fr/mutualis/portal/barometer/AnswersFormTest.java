package fr.mutualis.portal.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersFormTest {

    @Test
    void sends_the_yes_no_answers_as_booleans_and_the_ticked_codes_as_lists() {
        AnswersForm form = new AnswersForm("2026-11-30", "true", "false", List.of("open-data", "cloud"), null, "true",
                List.of("top-down"));

        assertThat(form.toRequest()).containsExactly(
                Map.entry("assessedOn", "2026-11-30"), Map.entry("strategicPlan", true),
                Map.entry("digitalElu", false), Map.entry("axes", List.of("open-data", "cloud")),
                Map.entry("roles", List.of()), Map.entry("monitoring", true),
                Map.entry("communicationTools", List.of("top-down")));
    }

    @Test
    void leaves_an_unanswered_question_and_a_blank_date_to_the_service() {
        Map<String, Object> request = new AnswersForm("  ", null, "peut-être", null, null, null, null).toRequest();

        assertThat(request).containsEntry("assessedOn", null).containsEntry("strategicPlan", null)
                .containsEntry("digitalElu", null).containsEntry("monitoring", null)
                .containsEntry("axes", List.of()).containsEntry("communicationTools", List.of());
    }

    @Test
    void starts_a_new_assessment_from_the_answers_of_the_latest_one_for_today() {
        Assessment.Answers latest = new Assessment.Answers(true, false, List.of("thd"), List.of("dpd"), false,
                List.of("top-down", "reseaux-sociaux"));

        AnswersForm form = AnswersForm.startingFrom(latest);

        assertThat(form.assessedOn()).isNull();
        assertThat(form.chosen("strategicPlan")).containsExactly("true");
        assertThat(form.chosen("digitalElu")).containsExactly("false");
        assertThat(form.chosen("axes")).containsExactly("thd");
        assertThat(form.chosen("roles")).containsExactly("dpd");
        assertThat(form.chosen("monitoring")).containsExactly("false");
        assertThat(form.toRequest()).containsEntry("strategicPlan", true).containsEntry("digitalElu", false)
                .containsEntry("communicationTools", List.of("top-down", "reseaux-sociaux"));
    }
}
