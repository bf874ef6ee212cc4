package fr.mutualis.portal.marches;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mutualis.portal.shared.layout.Labels.Choice;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsultationActionTest {

    @Test
    void the_buyer_is_offered_what_the_state_allows() {
        assertThat(allowed("brouillon")).containsExactly(ConsultationAction.PUBLICATION);
        assertThat(allowed("publiee")).containsExactly(ConsultationAction.SANS_SUITE);
        assertThat(allowed("cloturee")).containsExactly(ConsultationAction.OUVERTURE, ConsultationAction.SANS_SUITE);
        assertThat(allowed("ouverte")).containsExactly(ConsultationAction.INFRUCTUEUSE, ConsultationAction.SANS_SUITE);
        assertThat(allowed("attribuee")).isEmpty();
    }

    @Test
    void anyone_else_is_offered_nothing() {
        assertThat(ConsultationAction.allowed(Map.of("etat", "brouillon"), false)).isEmpty();
    }

    @Test
    void each_step_sends_its_one_field_as_typed() {
        assertThat(ConsultationAction.PUBLICATION.request(null)).isEmpty();
        assertThat(ConsultationAction.OUVERTURE.request(" phrase ")).isEqualTo(Map.of("phraseDePasse", " phrase "));
        assertThat(ConsultationAction.SANS_SUITE.request(null)).isEqualTo(Map.of("motif", ""));
        assertThat(ConsultationAction.ofPath("sans-suite")).contains(ConsultationAction.SANS_SUITE);
        assertThat(ConsultationAction.ofPath("attribution")).isEmpty();
    }

    @Test
    void a_deadline_says_its_offset_in_winter_and_in_summer() {
        assertThat(ConsultationsController.offsetOf("2027-01-15T12:00:00+01:00")).isEqualTo("UTC+01:00");
        assertThat(ConsultationsController.offsetOf("2027-07-15T12:00:00+02:00")).isEqualTo("UTC+02:00");
        assertThat(ConsultationsController.offsetOf("2027-07-15T10:00:00Z")).isEqualTo("UTC+00:00");
        assertThat(ConsultationsController.offsetOf(null)).isEmpty();
    }

    @Test
    void a_consultation_is_read_with_its_state_label_and_offset_and_its_history_in_french() {
        Map<String, Object> readable = ConsultationsController.readable(Map.of("etat", "cloturee",
                "dateLimite", "2027-01-15T12:00:00+01:00"));

        assertThat(readable).containsEntry("libelleEtat", "Clôturée, date limite passée")
                .containsEntry("decalage", "UTC+01:00");
        assertThat(ConsultationsController.HistoryRow.of(List.of(Map.of("date", "2026-12-01T10:00:00Z",
                "action", "deadline-postponed", "etatApres", "publiee"))))
                .containsExactly(new ConsultationsController.HistoryRow("2026-12-01T10:00:00Z", null,
                        "Date limite reportée", "Publiée, offres attendues", null));
        assertThat(ConsultationChange.CHANGES.labelOf("a-new-change")).isEqualTo("a-new-change");
    }

    @Test
    void the_public_filters_by_every_state_but_the_draft() {
        assertThat(ConsultationState.choices(false)).extracting(Choice::code).doesNotContain("brouillon").hasSize(6);
        assertThat(ConsultationState.choices(true)).extracting(Choice::code).contains("brouillon");
    }

    private static List<ConsultationAction> allowed(String state) {
        return ConsultationAction.allowed(Map.of("etat", state), true);
    }
}
