package fr.mutualis.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final Judgments.Query QUERY = new Judgments.Query("q01", "fibre", "", null,
            Map.of("a", 3, "b", 2, "c", 1));

    @Test
    void the_ideal_ranking_scores_one() {
        assertThat(Metrics.ndcg(List.of("a", "b", "c"), QUERY, 10)).isEqualTo(1.0);
        assertThat(Metrics.recall(List.of("a", "b", "c"), QUERY, 10)).isEqualTo(1.0);
    }

    @Test
    void gains_are_exponential_in_the_grade_and_discounted_by_the_rank() {
        // DCG of (c, b, a) = 1/1 + 3/log2(3) + 7/2; ideal (a, b, c) = 7/1 + 3/log2(3) + 1/2.
        double log2of3 = Math.log(3) / Math.log(2);
        double expected = (1 + 3 / log2of3 + 7.0 / 2) / (7 + 3 / log2of3 + 1.0 / 2);
        assertThat(Metrics.ndcg(List.of("c", "b", "a"), QUERY, 10)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void unjudged_results_gain_nothing_and_only_the_first_k_count() {
        assertThat(Metrics.ndcg(List.of("x", "y"), QUERY, 10)).isZero();
        assertThat(Metrics.recall(List.of("x", "a", "b", "c"), QUERY, 2)).isCloseTo(1.0 / 3, within(1e-9));
        assertThat(Metrics.ndcg(List.of(), QUERY, 10)).isZero();
    }

    @Test
    void a_query_without_relevant_record_cannot_be_failed() {
        Judgments.Query nothing = new Judgments.Query("q02", "rien", "", null, Map.of("a", 0));
        assertThat(Metrics.ndcg(List.of("a"), nothing, 10)).isEqualTo(1.0);
        assertThat(Metrics.recall(List.of(), nothing, 10)).isEqualTo(1.0);
    }
}
