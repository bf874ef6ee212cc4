package fr.mutualis.relevance;

import java.util.List;

/** The measures of the harness, over the first {@code k} results of a ranking. */
public final class Metrics {

    private Metrics() {
    }

    /**
     * Normalised discounted cumulative gain: gain {@code 2^grade - 1} discounted by {@code log2(rank + 1)}, divided by
     * the gain of the ideal ranking of the judged records. 1 for a query without relevant record: nothing to miss.
     */
    public static double ndcg(List<String> ranking, Judgments.Query query, int k) {
        double ideal = dcg(query.grades().values().stream().filter(grade -> grade > 0)
                .sorted((a, b) -> b - a).limit(k).toList());
        if (ideal == 0) {
            return 1;
        }
        return dcg(ranking.stream().limit(k).map(query::grade).toList()) / ideal;
    }

    /** The share of the relevant records (grade ≥ 1) found in the first {@code k} results. */
    public static double recall(List<String> ranking, Judgments.Query query, int k) {
        long relevant = query.grades().values().stream().filter(grade -> grade > 0).count();
        if (relevant == 0) {
            return 1;
        }
        long found = ranking.stream().limit(k).filter(id -> query.grade(id) > 0).count();
        return (double) found / relevant;
    }

    /** The reciprocal rank of the first relevant record (grade ≥ 1) in the first {@code k} results, 0 if none. */
    public static double reciprocalRank(List<String> ranking, Judgments.Query query, int k) {
        for (int rank = 1; rank <= Math.min(k, ranking.size()); rank++) {
            if (query.grade(ranking.get(rank - 1)) > 0) {
                return 1.0 / rank;
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int i = 0; i < grades.size(); i++) {
            sum += (Math.pow(2, grades.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }
}
