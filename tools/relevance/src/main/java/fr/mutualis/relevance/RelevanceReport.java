package fr.mutualis.relevance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/**
 * nDCG@k, recall@k and reciprocal rank of the search and the baseline for every judged query of one part of the
 * judged set, and their means.
 *
 * @param part the part of the judged set measured: tuning or validation
 * @param k    the depth of the measure (10)
 */
public record RelevanceReport(String part, int k, String search, String baseline, List<Row> rows) {

    public RelevanceReport {
        rows = List.copyOf(rows);
    }

    /** Draws of the bootstrap, and its seed: the same rows always give the same interval. */
    private static final int BOOTSTRAP_DRAWS = 10_000;
    private static final long BOOTSTRAP_SEED = 20_261_205L;

    /** A 95 % interval of a mean over the queries. */
    public record Interval(double low, double high) {
    }

    public record Row(Judgments.Query query, double searchNdcg, double baselineNdcg, double searchRecall,
                      double baselineRecall, double searchReciprocalRank, double baselineReciprocalRank) {
    }

    /** Runs every query of {@code judgments} through both rankers. */
    public static RelevanceReport measure(String part, Judgments judgments, Ranker search, Ranker baseline, int k) {
        List<Row> rows = new ArrayList<>();
        for (Judgments.Query query : judgments.queries()) {
            List<String> found = search.top(query.text(), k);
            List<String> expected = baseline.top(query.text(), k);
            rows.add(new Row(query, Metrics.ndcg(found, query, k), Metrics.ndcg(expected, query, k),
                    Metrics.recall(found, query, k), Metrics.recall(expected, query, k),
                    Metrics.reciprocalRank(found, query, k), Metrics.reciprocalRank(expected, query, k)));
        }
        return new RelevanceReport(part, k, search.name(), baseline.name(), rows);
    }

    public double searchNdcg() {
        return rows.stream().mapToDouble(Row::searchNdcg).average().orElse(0);
    }

    public double baselineNdcg() {
        return rows.stream().mapToDouble(Row::baselineNdcg).average().orElse(0);
    }

    public double searchRecall() {
        return rows.stream().mapToDouble(Row::searchRecall).average().orElse(0);
    }

    public double baselineRecall() {
        return rows.stream().mapToDouble(Row::baselineRecall).average().orElse(0);
    }

    /** Mean reciprocal rank of the search. */
    public double searchMrr() {
        return rows.stream().mapToDouble(Row::searchReciprocalRank).average().orElse(0);
    }

    public double baselineMrr() {
        return rows.stream().mapToDouble(Row::baselineReciprocalRank).average().orElse(0);
    }

    /**
     * Where the search's mean nDCG could lie for another draw of as many queries of the same kind: the 2.5th and
     * 97.5th percentiles of the mean over {@value #BOOTSTRAP_DRAWS} draws of the queries with replacement.
     */
    public Interval searchNdcgInterval() {
        return bootstrap(Row::searchNdcg);
    }

    /** The same for the lead over the baseline, query by query (paired: both rankers answered the same query). */
    public Interval leadInterval() {
        return bootstrap(row -> row.searchNdcg() - row.baselineNdcg());
    }

    private Interval bootstrap(ToDoubleFunction<Row> value) {
        double[] values = rows.stream().mapToDouble(value).toArray();
        if (values.length == 0) {
            return new Interval(0, 0);
        }
        SplittableRandom random = new SplittableRandom(BOOTSTRAP_SEED);
        double[] means = new double[BOOTSTRAP_DRAWS];
        for (int draw = 0; draw < BOOTSTRAP_DRAWS; draw++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[draw] = sum / values.length;
        }
        Arrays.sort(means);
        return new Interval(means[BOOTSTRAP_DRAWS / 40], means[BOOTSTRAP_DRAWS - 1 - BOOTSTRAP_DRAWS / 40]);
    }

    /** One line under the summary table: this part's means with their 95 % intervals. */
    public String intervalLine() {
        Interval ndcg = searchNdcgInterval();
        Interval lead = leadInterval();
        return String.format(Locale.ROOT, "- %s : nDCG@%d %s %.3f [%.3f ; %.3f] ; écart %+.3f [%+.3f ; %+.3f]%n",
                part, k, search, searchNdcg(), ndcg.low(), ndcg.high(), searchNdcg() - baselineNdcg(), lead.low(),
                lead.high());
    }

    /** One line of a summary table: the means of this part. */
    public String summaryLine() {
        return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %+.3f | %.3f | %.3f | %.3f | %.3f |%n", part,
                rows.size(), searchNdcg(), baselineNdcg(), searchNdcg() - baselineNdcg(), searchMrr(), baselineMrr(),
                searchRecall(), baselineRecall());
    }

    /** The header of the summary table {@link #summaryLine()} fills. */
    public static String summaryHeader(int k, String search, String baseline) {
        return String.format(Locale.ROOT, "| partie | requêtes | nDCG@%1$d %2$s | nDCG@%1$d %3$s | écart | MRR %2$s | "
                + "MRR %3$s | rappel@%1$d %2$s | rappel@%1$d %3$s |%n|---|---:|---:|---:|---:|---:|---:|---:|---:|%n",
                k, search, baseline);
    }

    /** A Markdown table: one line per query, the means last. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| requête | nDCG@%1$d %2$s | nDCG@%1$d %3$s | RR %2$s | RR %3$s "
                + "| rappel@%1$d %2$s | rappel@%1$d %3$s |%n", k, search, baseline));
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s « %s » | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
                    row.query().id(), row.query().text().replace("|", "\\|"), row.searchNdcg(), row.baselineNdcg(),
                    row.searchReciprocalRank(), row.baselineReciprocalRank(), row.searchRecall(),
                    row.baselineRecall()));
        }
        out.append(String.format(Locale.ROOT, "| **moyenne (%d requêtes)** | **%.3f** | **%.3f** | **%.3f** | **%.3f** "
                + "| **%.3f** | **%.3f** |%n", rows.size(), searchNdcg(), baselineNdcg(), searchMrr(), baselineMrr(),
                searchRecall(), baselineRecall()));
        return out.toString();
    }
}
