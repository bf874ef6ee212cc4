package fr.mutualis.portal.barometer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeerChartsTest {

    private static final PeerBenchmark BENCHMARK = new PeerBenchmark(
            new PeerBenchmark.Group("commune", "50000-plus", null), 8,
            List.of(new PeerBenchmark.Share("open-data", "Open data", 4, 0.5),
                    new PeerBenchmark.Share("thd", "Très haut débit (THD)", 8, 1.0),
                    new PeerBenchmark.Share("cloud", "Hébergement des données / Cloud", 0, 0.0)),
            List.of(new PeerBenchmark.Share("eclaireur", "Éclaireur", 6, 0.75),
                    new PeerBenchmark.Share("non-classe", "Non classé", 2, 0.25)),
            List.of(new PeerBenchmark.Share("axes", "Axes engagés", 7, 0.875),
                    new PeerBenchmark.Share("monitoring", "Suivi et évaluation", 3, 0.375)),
            new PeerBenchmark.Position("212900195", "Brest", "eclaireur", List.of("thd")));

    private static final Assessment BREST = new Assessment("a", "2026-12-01",
            new Assessment.Collectivite("212900195", "commune", "Brest",
                    new Assessment.PopulationBand("50000-plus", "50 000 habitants et plus")),
            new Assessment.Answers(true, true, List.of("thd", "cloud"), List.of(), false, List.of()),
            new Assessment.Label("eclaireur", "Éclaireur"), null,
            List.of(new Assessment.CriterionResult("axes", true, "…"),
                    new Assessment.CriterionResult("monitoring", false, "…")), null);

    @Test
    void bars_are_the_share_of_peers_on_the_track_and_the_table_says_the_same_figures() {
        BarChart axes = PeerCharts.of(BENCHMARK, BREST).get(0);

        assertThat(axes.bars()).extracting(BarChart.Bar::width).containsExactly("40.0%", "80.0%", "0.0%");
        assertThat(axes.bars()).extracting(BarChart.Bar::percent).containsExactly("50 %", "100 %", "0 %");
        assertThat(axes.bars()).extracting(BarChart.Bar::countText).containsExactly("4 sur 8", "8 sur 8", "0 sur 8");
        assertThat(axes.bars()).extracting(BarChart.Bar::figureX).containsExactly("41.5%", "81.5%", "1.5%");
        assertThat(axes.bars().get(1).trackWidth()).isEqualTo("80.0%");
        // Every bar's figure is its count of the peers: the chart and its table read the same rows.
        assertThat(axes.bars()).allSatisfy(bar -> assertThat(bar.width())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f%%", 80.0 * bar.count() / bar.peers())));
    }

    @Test
    void marks_the_collectivites_own_answers_in_words_as_well_as_by_colour() {
        List<BarChart> charts = PeerCharts.of(BENCHMARK, BREST);

        assertThat(charts.get(0).bars()).extracting(BarChart.Bar::drawnLabel)
                .containsExactly("Open data", "◆ Très haut débit (THD)", "◆ Hébergement des données / Cloud");
        assertThat(charts.get(0).bars()).extracting(BarChart.Bar::mineAnswer)
                .containsExactly("Non engagée", "Engagée", "Engagée");
        assertThat(charts.get(1).bars()).extracting(BarChart.Bar::mineAnswer).containsExactly("Mon profil", "—");
        assertThat(charts.get(2).bars()).extracting(BarChart.Bar::mineAnswer).containsExactly("Rempli", "Non rempli");
    }

    @Test
    void rows_are_stacked_label_then_bar_and_the_chart_is_as_tall_as_its_rows() {
        BarChart profiles = PeerCharts.of(BENCHMARK, BREST).get(1);

        assertThat(profiles.height()).isEqualTo(2 * BarChart.ROW);
        BarChart.Bar second = profiles.bars().get(1);
        assertThat(second.labelY()).isEqualTo(BarChart.ROW + BarChart.LABEL_BASELINE);
        assertThat(second.barY()).isEqualTo(BarChart.ROW + BarChart.BAR_TOP);
        assertThat(second.barY()).isGreaterThan(second.labelY());
    }

    @Test
    void without_an_assessment_nothing_is_marked_as_the_collectivites() {
        List<BarChart> charts = PeerCharts.of(BENCHMARK, null);

        assertThat(charts).flatExtracting(BarChart::bars).noneMatch(BarChart.Bar::mine)
                .extracting(BarChart.Bar::mineAnswer).containsOnly("Pas encore évaluée");
    }

    @Test
    void names_the_peers() {
        assertThat(PeerCharts.peersSentence(BENCHMARK, BREST)).isEqualTo("Mes pairs : les 8 communes de la même "
                + "tranche de population (50 000 habitants et plus) qui ont répondu au baromètre, dont la mienne.");
    }
}
