package fr.mutualis.portal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordErrorsTest {

    @Test
    void each_api_field_name_finds_the_id_of_its_input() {
        assertThat(RecordErrors.inputIdOf("title")).isEqualTo("fiche-title");
        assertThat(RecordErrors.inputIdOf("actionCategory")).isEqualTo("fiche-action-category");
        assertThat(RecordErrors.inputIdOf("contact.consent")).isEqualTo("fiche-contact-consent");
        assertThat(RecordErrors.inputIdOf("lessons.wouldNotRedo")).isEqualTo("fiche-would-not-redo");
        assertThat(RecordErrors.inputIdOf("budget.totalEuros")).isEqualTo("fiche-total-euros");
        assertThat(RecordErrors.inputIdOf("budget.fundings[2].amountEuros")).isEqualTo("fiche-fundings-2-amount-euros");
        assertThat(RecordErrors.inputIdOf("reusableAssets[0].url")).isEqualTo("fiche-reusable-assets-0-url");
    }

    @Test
    void an_item_of_a_list_or_a_rule_of_all_its_rows_goes_to_the_group_of_the_list() {
        assertThat(RecordErrors.inputIdOf("axes[1]")).isEqualTo("fiche-axes");
        assertThat(RecordErrors.inputIdOf("axes")).isEqualTo("fiche-axes");
        assertThat(RecordErrors.inputIdOf("partnerSirens[0]")).isEqualTo("fiche-partner-sirens");
        assertThat(RecordErrors.inputIdOf("budget.fundings.amountEuros")).isEqualTo("fiche-fundings");
        assertThat(RecordErrors.inputIdOf("indicators.label")).isEqualTo("fiche-indicators");
    }

    @Test
    void the_input_names_of_the_form_are_the_api_names_so_both_give_the_same_id() {
        assertThat(RecordErrors.inputIdOf("fundings[2].amountEuros"))
                .isEqualTo(RecordErrors.inputIdOf("budget.fundings[2].amountEuros"));
        assertThat(RecordErrors.inputIdOf("totalEuros")).isEqualTo(RecordErrors.inputIdOf("budget.totalEuros"));
    }

    @Test
    void messages_sit_next_to_their_input_and_in_the_summary_with_a_link_when_there_is_an_input() {
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        fieldErrors.put("title", "Le titre est obligatoire.");
        fieldErrors.put("axes[0]", "L'axe « x » est inconnu.");
        fieldErrors.put("siren", "Le numéro SIREN est invalide.");

        RecordErrors errors = RecordErrors.of(fieldErrors, null);

        assertThat(errors.of("title")).isEqualTo("Le titre est obligatoire.");
        assertThat(errors.has("axes")).isTrue();
        assertThat(errors.describedBy("title", true)).isEqualTo("fiche-title-aide fiche-title-erreur");
        assertThat(errors.describedBy("summary", false)).isNull();
        assertThat(errors.summary()).containsExactly(
                new RecordErrors.Item("fiche-title", "Le titre est obligatoire."),
                new RecordErrors.Item("fiche-axes", "L'axe « x » est inconnu."),
                new RecordErrors.Item(null, "Le numéro SIREN est invalide."));
    }
}
