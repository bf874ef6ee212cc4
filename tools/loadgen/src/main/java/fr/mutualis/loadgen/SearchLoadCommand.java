package fr.mutualis.loadgen;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis load [--seconds S] [--test]}: the search against PostgreSQL full text at scale
 * ({@link SearchScaleBenchmarkCommand}); {@code --portal}: the portal's pages ({@link PortalPagesCommand});
 * {@code --indexing}: an index rebuild against a bare bulk loader ({@link IndexingBenchmarkCommand}); {@code --freshness}:
 * the delay from an API change to the search, the outbox connector against a polling publisher
 * ({@link FreshnessBenchmarkCommand}); {@code --all}: these three in turn. Holds what the
 * benchmarks share: the relevance harness's queries and the percentiles.
 */
public final class SearchLoadCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> FLAGS = Set.of("--all", "--portal", "--indexing", "--freshness", "--test");
    private static final Set<String> OPTIONS = Set.of("--seconds", "--rates", "--rounds", "--corpus");

    /** The benchmarks, by the flag that asks for one (none: the search at scale), with the options each takes. */
    enum Bench {
        SEARCH(null, Set.of("--seconds", "--corpus")),
        PORTAL("--portal", Set.of("--rounds")),
        INDEXING("--indexing", Set.of("--rounds")),
        FRESHNESS("--freshness", Set.of("--seconds", "--rates")),
        /** Search, indexing and freshness in turn, each given the options it takes. */
        ALL("--all", optionsOf(SEARCH, INDEXING, FRESHNESS));

        final String flag;
        final Set<String> options;

        Bench(String flag, Set<String> options) {
            this.flag = flag;
            this.options = options;
        }

        private static Set<String> optionsOf(Bench... benches) {
            Set<String> options = new HashSet<>();
            Arrays.stream(benches).forEach(bench -> options.addAll(bench.options));
            return Set.copyOf(options);
        }

        /** {@code words} without the benchmark flags and the options this benchmark does not take. */
        String[] own(List<String> words) {
            List<String> own = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (OPTIONS.contains(word)) {
                    if (options.contains(word)) {
                        own.addAll(words.subList(i, i + 2));
                    }
                    i++;
                } else if (word.equals("--test")) {
                    own.add(word);
                }
            }
            return own.toArray(String[]::new);
        }
    }
    private static final String USAGE = """
            Usage : ./mutualis load [banc] [options]
              (sans banc)   recherche à l'échelle face au plein texte PostgreSQL → docs/benchmarks/search-scale.md
                              --seconds S   durée de chaque palier (60)
                              --corpus C    le corpus généré, narrow (par défaut) ou variants
                                            (→ docs/benchmarks/search-scale-variants.md)
              --indexing    reconstruction de l'index depuis le topic face à un chargeur nu → docs/benchmarks/indexing.md
                              --rounds N    tours, le rapport se lit sur le dernier (2)
              --freshness   délai d'une écriture à la recherche, connecteur outbox face à un poller
                              → docs/benchmarks/freshness.md ; --seconds S (30), --rates 100,500
              --portal      pages du portail → docs/benchmarks/portal-pages.md ; --rounds N (30)
              --all         recherche, reconstruction et fraîcheur à la suite, chacune avec ses options
                              (--seconds vaut pour la recherche et la fraîcheur)
              --test        sur la pile de test au lieu de la plateforme de développement
            """;

    private SearchLoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        List<String> words = List.of(args);
        if (words.contains("--help") || words.contains("-h")) {
            System.out.print(USAGE);
            return;
        }
        Optional<String> mistake = mistakeIn(words);
        if (mistake.isPresent()) {
            System.err.println(mistake.get());
            System.err.print(USAGE);
            System.exit(2);
        }
        try {
            run(words);
        } catch (Exception failed) {
            Optional<String> unreachable = unreachablePlatform(failed, words.contains("--test"));
            if (unreachable.isPresent()) {
                System.err.println(unreachable.get());
            } else if (failed instanceof SearchScaleBenchmarkCommand.WrongCorpusException wrongCorpus) {
                System.err.println(wrongCorpus.getMessage());
            } else {
                failed.printStackTrace();
            }
            // The measuring threads (topic watcher, HTTP clients) must not keep a failed run alive.
            System.exit(1);
        }
    }

    private static void run(List<String> words) throws Exception {
        switch (benchOf(words)) {
            case ALL -> {
                // The whole benchmark of issue 9, one Markdown file each: search at scale, index rebuild, freshness.
                SearchScaleBenchmarkCommand.main(Bench.SEARCH.own(words));
                IndexingBenchmarkCommand.main(Bench.INDEXING.own(words));
                FreshnessBenchmarkCommand.main(Bench.FRESHNESS.own(words));
            }
            case PORTAL -> PortalPagesCommand.run(List.of(Bench.PORTAL.own(words)),
                    new PrintStream(System.out, true, StandardCharsets.UTF_8));
            case INDEXING -> IndexingBenchmarkCommand.main(Bench.INDEXING.own(words));
            case FRESHNESS -> FreshnessBenchmarkCommand.main(Bench.FRESHNESS.own(words));
            case SEARCH -> SearchScaleBenchmarkCommand.main(Bench.SEARCH.own(words));
        }
    }

    /** The benchmark asked for; {@link #mistakeIn} has checked that there is at most one. */
    static Bench benchOf(List<String> words) {
        for (Bench bench : Bench.values()) {
            if (bench.flag != null && words.contains(bench.flag)) {
                return bench;
            }
        }
        return Bench.SEARCH;
    }

    /**
     * What is wrong with the command's words, for the person: a word that is neither a flag nor an option with its
     * value, two benchmarks at once, or an option that the benchmark asked for does not take (it used to be ignored).
     */
    static Optional<String> mistakeIn(List<String> words) {
        Optional<String> unknown = unknownWord(words);
        if (unknown.isPresent()) {
            return Optional.of("Option inconnue / unknown option: " + unknown.get());
        }
        List<String> benches = words.stream().filter(word -> Arrays.stream(Bench.values())
                .anyMatch(bench -> word.equals(bench.flag))).distinct().toList();
        if (benches.size() > 1) {
            return Optional.of("Un seul banc à la fois / one benchmark at a time: " + String.join(", ", benches));
        }
        Bench bench = benchOf(words);
        String name = bench.flag == null ? "la recherche à l'échelle / the search at scale" : bench.flag;
        return words.stream().filter(word -> OPTIONS.contains(word) && !bench.options.contains(word)).findFirst()
                .map(option -> option + " ne s'emploie pas avec " + name + " / does not apply to it");
    }

    /**
     * What to say when {@code failed} comes from a component of the platform that refused the connection: right after
     * {@code ./mutualis up} some services are still starting, and a stack trace would not say it.
     */
    static Optional<String> unreachablePlatform(Throwable failed, boolean testStack) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                String stack = testStack ? " --test" : "";
                return Optional.of("Un composant de la plateforme" + (testStack ? " de test" : "")
                        + " refuse la connexion : la mesure s'arrête. Démarrez-la (./mutualis up" + stack
                        + ") ou attendez qu'elle soit prête (./mutualis status" + stack + "), puis relancez.");
            }
        }
        return Optional.empty();
    }

    /** The first word that is neither a flag, nor an option followed by its value. */
    static Optional<String> unknownWord(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (OPTIONS.contains(word) && i + 1 < words.size()) {
                i++;
            } else if (!FLAGS.contains(word)) {
                return Optional.of(word);
            }
        }
        return Optional.empty();
    }

    static double percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index)) / 1000.0;
    }

    static List<String> queries(Path judgments) throws IOException {
        List<String> queries = new ArrayList<>();
        for (JsonNode query : JSON.readTree(Files.readString(judgments)).path("queries")) {
            queries.add(query.path("query").asString());
        }
        return queries;
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
