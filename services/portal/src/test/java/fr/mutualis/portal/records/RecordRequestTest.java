package fr.mutualis.portal.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordRequestTest {

    private static final String RENNES = "213502388";

    @Test
    void an_empty_form_sends_only_the_collectivite_so_that_the_api_names_every_required_field() {
        RecordForm form = new RecordForm().withBlankRows();

        RecordRequest request = RecordRequest.of(form, RENNES);

        assertThat(request.body()).containsExactly(entry("siren", RENNES));
        assertThat(request.problems()).isEmpty();
    }

    @Test
    void texts_are_stripped_and_blank_ones_left_out() {
        RecordForm form = new RecordForm();
        form.setTitle("  Guichet numérique  ");
        form.setSummary("   ");
        form.setWouldRedo("Associer les agents d'accueil");

        RecordRequest request = RecordRequest.of(form, RENNES);

        assertThat(request.body()).containsEntry("title", "Guichet numérique").doesNotContainKey("summary")
                .containsEntry("lessons", Map.of("wouldRedo", "Associer les agents d'accueil"));
    }

    @Test
    void ticked_codes_and_partners_become_lists() {
        RecordForm form = new RecordForm();
        form.setAxes(List.of("open-data", "e-inclusion"));
        form.setPolicyDomains(List.of("sante"));
        form.setPartnerSirens("212 900 195\n\n213500226, ");

        Map<String, Object> body = RecordRequest.of(form, RENNES).body();

        assertThat(body).containsEntry("axes", List.of("open-data", "e-inclusion"))
                .containsEntry("policyDomains", List.of("sante"))
                .containsEntry("partnerSirens", List.of("212900195", "213500226"));
    }

    @Test
    void blank_rows_are_dropped_so_that_the_api_numbers_the_filled_ones_as_the_page_does() {
        RecordForm form = new RecordForm();
        form.setIndicators(new ArrayList<>(List.of(new RecordForm.Indicator("", ""),
                new RecordForm.Indicator("Démarches en ligne", "62 %"), new RecordForm.Indicator(null, null))));
        form.setReusableAssets(new ArrayList<>(List.of(new RecordForm.Asset("logiciel", "", "", ""),
                new RecordForm.Asset("logiciel", "Publik", "https://publik.entrouvert.com", "AGPL-3.0"))));

        Map<String, Object> body = RecordRequest.of(form, RENNES).body();

        assertThat(body).containsEntry("indicators", List.of(Map.of("label", "Démarches en ligne", "value", "62 %")))
                .containsEntry("reusableAssets", List.of(Map.of("kind", "logiciel", "title", "Publik",
                        "url", "https://publik.entrouvert.com", "licence", "AGPL-3.0")));
        assertThat(form.getIndicators()).as("the form shown again has the same rows").hasSize(1);
    }

    @Test
    void amounts_are_read_as_a_french_reader_types_them_into_the_budget_object() {
        RecordForm form = new RecordForm();
        form.setTotalEuros("120 000 €");
        form.setFundings(new ArrayList<>(List.of(new RecordForm.Funding("FEDER", "40\u202f000"))));

        Map<String, Object> body = RecordRequest.of(form, RENNES).body();

        assertThat(body).containsEntry("budget", Map.of("totalEuros", 120_000L,
                "fundings", List.of(Map.of("funder", "FEDER", "amountEuros", 40_000L))));
    }

    @Test
    void numbers_and_dates_the_api_could_not_read_are_refused_under_the_api_field_names() {
        RecordForm form = new RecordForm();
        form.setTotalEuros("beaucoup");
        form.setFundings(new ArrayList<>(List.of(new RecordForm.Funding("État", "12,5"))));
        form.setStartDate("2024-02-30");
        form.setEndDate("2025-06-30");

        RecordRequest request = RecordRequest.of(form, RENNES);

        assertThat(request.problems()).containsOnlyKeys("budget.totalEuros", "budget.fundings[0].amountEuros",
                "startDate");
        assertThat(request.body()).containsEntry("endDate", "2025-06-30");
    }

    @Test
    void a_contact_carries_its_consent_and_an_untouched_one_is_no_contact() {
        RecordForm withContact = new RecordForm();
        withContact.getContact().setName("Nolwenn Le Gall");
        withContact.getContact().setEmail("n.legall@rennes.fr");

        assertThat(RecordRequest.of(withContact, RENNES).body()).containsEntry("contact",
                Map.of("name", "Nolwenn Le Gall", "email", "n.legall@rennes.fr", "consent", false));
        assertThat(RecordRequest.of(new RecordForm(), RENNES).body()).doesNotContainKey("contact");
    }
}
