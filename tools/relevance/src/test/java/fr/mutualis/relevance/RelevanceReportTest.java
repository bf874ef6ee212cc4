package fr.mutualis.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelevanceReportTest {

    private static RelevanceReport report(double... searchNdcgs) {
        List<RelevanceReport.Row> rows = IntStream.range(0, searchNdcgs.length)
                .mapToObj(i -> new RelevanceReport.Row(new Judgments.Query("q" + i, "requête " + i, "un besoin", null, Map.of()),
                        searchNdcgs[i], 0.5, 0, 0, 1, 1))
                .toList();
        return new RelevanceReport("validation", 10, "Elasticsearch", "PostgreSQL FTS", rows);
    }

    @Test
    void the_interval_holds_the_mean_and_widens_with_disagreeing_queries() {
        RelevanceReport alike = report(0.84, 0.85, 0.86, 0.85, 0.84, 0.86, 0.85, 0.85);
        RelevanceReport apart = report(0.45, 1.0, 1.0, 0.6, 1.0, 0.9, 1.0, 0.85);
        for (RelevanceReport report : List.of(alike, apart)) {
            RelevanceReport.Interval interval = report.searchNdcgInterval();
            assertThat(interval.low()).isLessThan(report.searchNdcg());
            assertThat(interval.high()).isGreaterThan(report.searchNdcg());
        }
        double alikeWidth = alike.searchNdcgInterval().high() - alike.searchNdcgInterval().low();
        double apartWidth = apart.searchNdcgInterval().high() - apart.searchNdcgInterval().low();
        assertThat(alikeWidth).isLessThan(0.02);
        assertThat(apartWidth).isGreaterThan(5 * alikeWidth);
    }

    @Test
    void the_lead_is_paired_query_by_query_and_the_same_rows_give_the_same_line() {
        RelevanceReport report = report(0.9, 0.7, 0.8, 1.0);
        // The baseline scores 0.5 on every query: the lead's interval is the search's, 0.5 lower.
        RelevanceReport.Interval lead = report.leadInterval();
        RelevanceReport.Interval ndcg = report.searchNdcgInterval();
        assertThat(lead.low()).isEqualTo(ndcg.low() - 0.5, offset(1e-9));
        assertThat(lead.high()).isEqualTo(ndcg.high() - 0.5, offset(1e-9));
        assertThat(report.intervalLine()).isEqualTo(report(0.9, 0.7, 0.8, 1.0).intervalLine())
                .startsWith("- validation : nDCG@10 Elasticsearch 0.850 [");
        assertThat(report(new double[0]).searchNdcgInterval()).isEqualTo(new RelevanceReport.Interval(0, 0));
    }
}
