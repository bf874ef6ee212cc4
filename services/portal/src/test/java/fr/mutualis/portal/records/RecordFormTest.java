package fr.mutualis.portal.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordFormTest {

    private static final String RENNES = "213502388";

    private static RecordView stored() {
        RecordView.Labelled openData = new RecordView.Labelled("open-data", "Open data");
        return new RecordView(UUID.randomUUID(), "Portail open data", "Nos données ouvertes", null, RENNES,
                new RecordView.Collectivite(RENNES, "Rennes"),
                List.of(new RecordView.Collectivite("212900195", "Brest")), List.of(openData), null, null,
                new RecordView.Labelled("realise", "Réalisé"), "2023-01-01", null,
                new RecordView.Budget(50_000L, List.of(new RecordView.Funding("Région", 20_000))), null,
                List.of(new RecordView.Indicator("Jeux de données", "140")), null, List.of(), List.of(),
                new RecordView.Contact("Nolwenn Le Gall", null, "n.legall@rennes.fr", null, "2026-01-01T10:00:00Z"),
                new RecordView.Labelled("published", "Publié"), 3, "2026-01-01T10:00:00Z", null, null, null);
    }

    @Test
    void a_stored_record_sent_back_unchanged_is_the_same_request() {
        RecordView record = stored();
        RecordForm form = RecordForm.of(record).withBlankRows();

        Map<String, Object> body = RecordRequest.of(form, RENNES).body();

        assertThat(form.getVersion()).isEqualTo(3);
        assertThat(body).containsEntry("title", "Portail open data").containsEntry("axes", List.of("open-data"))
                .containsEntry("partnerSirens", List.of("212900195")).containsEntry("step", "realise")
                .containsEntry("startDate", "2023-01-01")
                .containsEntry("budget", Map.of("totalEuros", 50_000L,
                        "fundings", List.of(Map.of("funder", "Région", "amountEuros", 20_000L))))
                .containsEntry("indicators", List.of(Map.of("label", "Jeux de données", "value", "140")))
                .containsEntry("contact", Map.of("name", "Nolwenn Le Gall", "email", "n.legall@rennes.fr",
                        "consent", true))
                .doesNotContainKeys("description", "lessons", "links", "reusableAssets");
    }

    @Test
    void the_page_offers_blank_rows_after_the_filled_ones() {
        RecordForm form = RecordForm.of(stored()).withBlankRows();

        assertThat(form.getIndicators()).hasSize(1 + RecordForm.BLANK_ROWS);
        assertThat(form.getLinks()).hasSize(RecordForm.BLANK_ROWS);
    }
}
