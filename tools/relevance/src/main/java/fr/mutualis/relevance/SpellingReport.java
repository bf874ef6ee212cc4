package fr.mutualis.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How the search's spelling correction behaves on the judged queries: silent on those spelled right, right on the
 * same queries with one typo ({@link OneTypo}) and on the judged queries that carry a typo of their own.
 *
 * @param correct the queries spelled right, each with the correction the search offered (null when silent)
 * @param typos   the queries with a typo, each with the spelling expected and the correction offered
 */
public record SpellingReport(List<Row> correct, List<Row> typos) {

    /** Silent on at least 95 % of the queries spelled right, right on at least 80 % of those with one typo. */
    public static final double SILENCE_GOAL = 0.95;
    public static final double FIX_GOAL = 0.80;

    public SpellingReport {
        correct = List.copyOf(correct);
        typos = List.copyOf(typos);
    }

    /** @param expected the right spelling; {@code correction} the search's, null if it offered none */
    public record Row(String query, String expected, String correction) {

        boolean silent() {
            return correction == null;
        }

        boolean fixed() {
            return correction != null && OneTypo.words(correction).equals(OneTypo.words(expected));
        }
    }

    /** Asks {@code spelling} about every judged query and its one-typo variant. */
    public static SpellingReport measure(Judgments judgments, SearchApiRanker spelling) {
        List<Row> correct = new ArrayList<>();
        List<Row> typos = new ArrayList<>();
        int kind = 0;
        for (Judgments.Query query : judgments.queries()) {
            if (query.correctSpelling() != null) {
                typos.add(new Row(query.text(), query.correctSpelling(), spelling.correction(query.text())));
                continue;
            }
            correct.add(new Row(query.text(), query.text(), spelling.correction(query.text())));
            OneTypo.of(query.text(), kind++).ifPresent(typo ->
                    typos.add(new Row(typo, query.text(), spelling.correction(typo))));
        }
        return new SpellingReport(correct, typos);
    }

    public double silence() {
        return correct.isEmpty() ? 1 : (double) correct.stream().filter(Row::silent).count() / correct.size();
    }

    public double fixed() {
        return typos.isEmpty() ? 1 : (double) typos.stream().filter(Row::fixed).count() / typos.size();
    }

    /** The two rates against their goals, then every query where the correction was wrong or uncalled for. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append("| correction orthographique | mesuré | objectif |\n|---|---:|---:|\n");
        out.append(String.format(Locale.ROOT, "| requêtes bien écrites laissées sans correction | %d/%d (%.0f %%) | ≥ %.0f %% |%n",
                correct.stream().filter(Row::silent).count(), correct.size(), 100 * silence(), 100 * SILENCE_GOAL));
        out.append(String.format(Locale.ROOT, "| requêtes à une faute corrigées exactement | %d/%d (%.0f %%) | ≥ %.0f %% |%n",
                typos.stream().filter(Row::fixed).count(), typos.size(), 100 * fixed(), 100 * FIX_GOAL));
        List<Row> misses = new ArrayList<>(correct.stream().filter(row -> !row.silent()).toList());
        misses.addAll(typos.stream().filter(row -> !row.fixed()).toList());
        if (!misses.isEmpty()) {
            out.append("\n| requête | attendu | correction proposée |\n|---|---|---|\n");
            misses.forEach(row -> out.append(String.format("| « %s » | %s | %s |%n", cell(row.query()),
                    row.query().equals(row.expected()) ? "aucune correction" : "« " + cell(row.expected()) + " »",
                    row.correction() == null ? "aucune" : "« " + cell(row.correction()) + " »")));
        }
        return out.toString();
    }

    private static String cell(String text) {
        return Objects.requireNonNull(text).replace("|", "\\|");
    }
}
