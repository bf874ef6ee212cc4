package fr.mutualis.portal.demat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActeActionTest {

    @Test
    void an_agent_sends_a_draft_to_signature_and_may_replace_its_document() {
        Map<String, Object> draft = Map.of("etat", "brouillon");

        assertThat(ActeAction.allowed(draft, true, false)).containsExactly(ActeAction.MISE_EN_CIRCUIT);
        assertThat(ActeAction.documentEditable(draft, true)).isTrue();
    }

    @Test
    void an_elu_who_is_not_an_agent_neither_drafts_nor_transmits_nor_publishes() {
        for (String state : List.of("brouillon", "signe", "acquitte", "publie")) {
            assertThat(ActeAction.allowed(Map.of("etat", state), false, false)).as(state).isEmpty();
        }
        assertThat(ActeAction.documentEditable(Map.of("etat", "brouillon"), false)).isFalse();
    }

    @Test
    void the_person_whose_step_it_is_signs_or_gives_a_visa_as_the_current_step_asks_and_may_reject() {
        Map<String, Object> atVisa = inCircuit(step("visa", "2026-12-01T10:00:00Z"), step("visa", null),
                step("signature", null));
        Map<String, Object> atSignature = inCircuit(step("visa", "2026-12-01T10:00:00Z"), step("signature", null));

        assertThat(ActeAction.allowed(atVisa, true, true)).containsExactly(ActeAction.VISA, ActeAction.REJET);
        assertThat(ActeAction.allowed(atSignature, false, true)).containsExactly(ActeAction.SIGNATURE, ActeAction.REJET);
        assertThat(ActeAction.allowed(atSignature, true, false)).as("not their step").isEmpty();
    }

    @Test
    void a_signed_acte_is_transmitted_an_acknowledged_one_published_a_published_one_archived() {
        assertThat(ActeAction.allowed(Map.of("etat", "signe"), true, false)).containsExactly(ActeAction.TRANSMISSION);
        assertThat(ActeAction.allowed(Map.of("etat", "acquitte"), true, false)).containsExactly(ActeAction.PUBLICATION);
        assertThat(ActeAction.allowed(Map.of("etat", "publie"), true, false)).containsExactly(ActeAction.ARCHIVAGE);
        assertThat(ActeAction.allowed(Map.of("etat", "transmis"), true, false)).isEmpty();
        assertThat(ActeAction.documentEditable(Map.of("etat", "signe"), true)).isFalse();
    }

    @Test
    void each_step_sends_the_body_demat_service_expects() {
        assertThat(MesActesController.requestOf(ActeAction.MISE_EN_CIRCUIT, ""))
                .isEqualTo(Map.of("etapes", List.of(Map.of("type", "signature", "role", "elu"))));
        assertThat(MesActesController.requestOf(ActeAction.REJET, "  Montant erroné.\n"))
                .isEqualTo(Map.of("motif", "Montant erroné."));
        assertThat(MesActesController.requestOf(ActeAction.TRANSMISSION, "")).isEmpty();
        assertThat(ActeAction.ofPath("transmission")).contains(ActeAction.TRANSMISSION);
        assertThat(ActeAction.ofPath("annulation")).isEmpty();
    }

    @Test
    void the_history_says_the_state_reached_by_its_label_and_keeps_an_unknown_one_as_it_came() {
        Map<String, Object> line = new HashMap<>(Map.of("le", "2026-12-01T10:00:00Z", "action", "Signé",
                "de", "en-circuit", "vers", "signe"));
        line.put("par", null);

        assertThat(MesActesController.HistoryRow.of(List.of(line)))
                .containsExactly(new MesActesController.HistoryRow("2026-12-01T10:00:00Z", null, "Signé", "Signé", null));
        assertThat(ActeState.STATES.labelOf("pieces-demandees")).isEqualTo("Pièces complémentaires demandées");
        assertThat(ActeState.STATES.labelOf("nouvel-etat")).isEqualTo("nouvel-etat");
        assertThat(ActeState.STATES.isCode("signe")).isTrue();
        assertThat(ActeState.STATES.isCode("<script>")).isFalse();
    }

    private static Map<String, Object> inCircuit(Map<String, Object>... steps) {
        return Map.of("etat", "en-circuit", "circuit", List.of(steps));
    }

    private static Map<String, Object> step(String type, String doneAt) {
        Map<String, Object> step = new HashMap<>();
        step.put("type", type);
        step.put("faiteLe", doneAt);
        return step;
    }
}
