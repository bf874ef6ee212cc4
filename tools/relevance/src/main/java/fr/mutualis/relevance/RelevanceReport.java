package fr.mutualis.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * nDCG@k and recall@k of the search and the baseline for every judged query, and their means.
 *
 * @param k the depth of the measure (10)
 */
public record RelevanceReport(int k, String search, String baseline, List<Row> rows) {

    public RelevanceReport {
        rows = List.copyOf(rows);
    }

    public record Row(Judgments.Query query, double searchNdcg, double baselineNdcg, double searchRecall,
                      double baselineRecall) {
    }

    /** Runs every query of {@code judgments} through both rankers. */
    public static RelevanceReport measure(Judgments judgments, Ranker search, Ranker baseline, int k) {
        List<Row> rows = new ArrayList<>();
        for (Judgments.Query query : judgments.queries()) {
            List<String> found = search.top(query.text(), k);
            List<String> expected = baseline.top(query.text(), k);
            rows.add(new Row(query, Metrics.ndcg(found, query, k), Metrics.ndcg(expected, query, k),
                    Metrics.recall(found, query, k), Metrics.recall(expected, query, k)));
        }
        return new RelevanceReport(k, search.name(), baseline.name(), rows);
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

    /** A Markdown table: one line per query, the means last. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "| requête | nDCG@%1$d %2$s | nDCG@%1$d %3$s | rappel@%1$d %2$s | rappel@%1$d %3$s |%n",
                k, search, baseline));
        out.append("|---|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "| %s « %s » | %.3f | %.3f | %.3f | %.3f |%n", row.query().id(),
                    row.query().text().replace("|", "\\|"), row.searchNdcg(), row.baselineNdcg(), row.searchRecall(),
                    row.baselineRecall()));
        }
        out.append(String.format(Locale.ROOT, "| **moyenne (%d requêtes)** | **%.3f** | **%.3f** | **%.3f** | **%.3f** |%n",
                rows.size(), searchNdcg(), baselineNdcg(), searchRecall(), baselineRecall()));
        return out.toString();
    }
}
