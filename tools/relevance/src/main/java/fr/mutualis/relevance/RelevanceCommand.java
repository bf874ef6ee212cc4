package fr.mutualis.relevance;

import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * {@code ./mutualis relevance [--test]}: measures the running platform's search against the PostgreSQL baseline,
 * prints both columns and writes them to {@code docs/benchmarks/relevance.md}.
 */
public final class RelevanceCommand {

    /** The project's files the harness reads: the judged set's two parts, and the records they judge. */
    public static final String JUDGMENTS = "tools/relevance/judgments.json";
    /**
     * Queries and judgments written apart from the search's tuning, on records of their own: no tuning decision
     * looks at them (see {@code tools/relevance/README.md}).
     */
    public static final String VALIDATION = "tools/relevance/validation.json";
    public static final String DEMO_RECORDS = "services/experience-service/src/main/resources/demo/experiences.json";
    /** The database of the platform's PostgreSQL where the baseline's table lives. */
    public static final String BASELINE_DATABASE = "experience";
    public static final int DEPTH = 10;

    private RelevanceCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Profile profile = args.length > 0 && args[0].equals("--test") ? Profile.TEST : Profile.DEV;
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, profile);
        String searchService = config.serviceUrl("search-service");
        String others = othersWarning(new SearchApiRanker(searchService).otherRecords(), profile);
        if (!others.isEmpty()) {
            out.println(others);
        }
        Measured measured = run(root, searchService, config.jdbcUrl(BASELINE_DATABASE), StackConfig.POSTGRES_USER,
                config.endpoints().postgresPassword());
        SpellingReport spelling = spelling(root, searchService);
        out.println(measured.toMarkdown());
        out.println(spelling.toMarkdown());
        Path written = write(root, measured, spelling, others);
        out.println("Résultats écrits dans / written to " + root.relativize(written));
    }

    /** Both parts of the judged set, measured in one run. */
    public record Measured(RelevanceReport tuning, RelevanceReport validation) {

        private static final String INTERVALS = """
                Entre crochets, l'intervalle à 95 % de la moyenne (bootstrap : 10 000 tirages des requêtes de la partie,
                avec remise, graine fixe) : où elle pourrait se trouver pour d'autres requêtes du même genre, en même
                nombre. Un écart à un objectif plus petit que la demi-largeur de l'intervalle ne se distingue pas du
                hasard du choix des requêtes.

                """;

        public String toMarkdown() {
            return RelevanceReport.summaryHeader(tuning.k(), tuning.search(), tuning.baseline()) + tuning.summaryLine()
                    + validation.summaryLine() + "\n" + INTERVALS + tuning.intervalLine() + validation.intervalLine()
                    + "\n### Partie de réglage / tuning part\n\n" + tuning.toMarkdown()
                    + "\n### Partie de validation / validation part\n\n" + validation.toMarkdown();
        }
    }

    /** Measures the search at {@code searchUrl} and the baseline loaded into {@code jdbcUrl}'s database. */
    public static Measured run(Path root, String searchUrl, String jdbcUrl, String user, String password)
            throws Exception {
        SearchApiRanker search = new SearchApiRanker(searchUrl);
        try (PostgresFullTextRanker baseline = PostgresFullTextRanker.load(jdbcUrl, user, password,
                root.resolve(DEMO_RECORDS))) {
            return new Measured(
                    RelevanceReport.measure("réglage", Judgments.read(root.resolve(JUDGMENTS)), search, baseline, DEPTH),
                    RelevanceReport.measure("validation", Judgments.read(root.resolve(VALIDATION)), search, baseline,
                            DEPTH));
        }
    }

    /** How the search at {@code searchUrl} corrects the judged queries, with and without a typo. */
    public static SpellingReport spelling(Path root, String searchUrl) {
        return SpellingReport.measure(Judgments.read(root.resolve(JUDGMENTS)), new SearchApiRanker(searchUrl));
    }

    /**
     * What to say when the index holds other records than the demonstration ones: the figures then differ from a
     * fresh platform's (on a test stack after the integration tests, tuning 0.885 instead of 0.892); empty otherwise.
     */
    static String othersWarning(long otherRecords, Profile profile) {
        if (otherRecords == 0) {
            return "";
        }
        return ("**Attention** : l'index contenait aussi %,d fiches publiques hors démonstration (tests, fiches "
                + "synthétiques) ; elles ne sont jamais classées, mais leurs mots changent le poids de chaque terme, "
                + "donc les scores. Chiffres comparables seulement sur une plateforme remise à zéro "
                + "(`./mutualis down%2$s && ./mutualis reset%2$s`).\n").formatted(otherRecords,
                profile == Profile.TEST ? " --test" : "");
    }

    private static Path write(Path root, Measured measured, SpellingReport spelling, String others)
            throws IOException {
        Path file = root.resolve("docs/benchmarks/relevance.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                # Pertinence de la recherche / search relevance

                Mesuré le %s par `./mutualis relevance` sur les fiches de démonstration publiées, avec les jugements gradués
                (3 = exactement ce qui est demandé, 2 = pertinent, 1 = marginal) de deux parties : `%s`, la partie de
                réglage, que les choix de l'analyse et du classement ont regardée, et `%s`, la partie de validation,
                écrite à part avec ses propres fiches et qu'aucun réglage n'a regardée : c'est elle qui dit ce que vaut la
                recherche sur des fiches et des requêtes nouvelles. Référence : recherche plein texte PostgreSQL,
                configuration `french`, mêmes fiches, mêmes poids (titre A, résumé B, reste C), termes en OU. MRR : rang
                réciproque moyen de la première fiche pertinente.

                %s%s
                ## Correction orthographique / spelling correction

                Chaque requête jugée bien écrite est envoyée telle quelle (la recherche ne doit rien proposer), puis avec
                une faute de frappe dans son mot le plus long (deux lettres inversées, une lettre oubliée ou doublée, à
                tour de rôle) : la correction proposée, ou cherchée à la place du texte qui ne trouvait rien, doit
                redonner la requête (casse, accents et articles élidés mis à part).

                %s""".formatted(LocalDate.now(), JUDGMENTS, VALIDATION, others.isEmpty() ? "" : others + "\n",
                measured.toMarkdown(), spelling.toMarkdown()));
        return file;
    }
}
