package fr.mutualis.portal.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryRowTest {

    @Test
    void says_each_assessment_its_profile_and_what_changed_in_plain_french() {
        Assessment latest = new Assessment("2", "2026-07-03", null, null, new Assessment.Label("eclaireur", "Éclaireur"),
                null, List.of(), new Assessment.Progress("entrepreneur", true, List.of(), List.of(),
                List.of("cloud", "thd"), List.of(), List.of("dpd"), List.of("participatif")));
        Assessment first = new Assessment("1", "2024-05-15", null, null,
                new Assessment.Label("non-classe", "Non classé"), new Assessment.Label("entrepreneur", "Entrepreneur"),
                List.of(), new Assessment.Progress(null, false, List.of(), List.of(), List.of("thd"), List.of(),
                List.of(), List.of()));

        List<HistoryRow> rows = HistoryRow.of(List.of(latest, first), QuestionnaireTest.REFERENTIAL);

        assertThat(rows).extracting(HistoryRow::assessedOn).containsExactly("2026-07-03", "2024-05-15");
        assertThat(rows).extracting(HistoryRow::profile)
                .containsExactly("Éclaireur", "Non classé (le plus proche : Entrepreneur)");
        assertThat(rows.get(0).changes()).containsExactly("Profil précédent : Entrepreneur.",
                "Axes ajoutés : Hébergement des données / Cloud, Très haut débit (THD).",
                "Postes ajoutés : Délégué à la protection des données (DPD).",
                "Outils de communication ajoutés : Dispositifs participatifs.");
        assertThat(rows.get(1).changes()).containsExactly("Première auto-évaluation");
    }
}
