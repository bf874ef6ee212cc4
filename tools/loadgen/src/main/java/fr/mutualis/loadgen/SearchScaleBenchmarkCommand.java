package fr.mutualis.loadgen;

import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import org.postgresql.PGConnection;

/**
 * {@code ./mutualis load [--seconds S] [--corpus C] [--test]}: the search API against PostgreSQL full text on the same
 * records, with the same queries, one client then sixteen. Run after {@code ./mutualis generate --records N
 * --corpus C} once the platform has indexed them: the report names that corpus and has its own file
 * ({@link SyntheticRecords.Corpus}).
 * <ul>
 *   <li><b>Records</b>: every published document of the {@code experiences} alias is copied into a PostgreSQL table (not timed)
 *       with a weighted {@code tsvector} (title A, summary B, the rest C; stock {@code french} configuration) under a
 *       GIN index, and the facet fields as columns. The copy is kept and reused while it holds as many rows as the
 *       index.</li>
 *   <li><b>Queries</b>: the 82 queries of the relevance harness (tuning and validation parts), in turn.</li>
 *   <li><b>Search</b>: {@code GET /api/search?size=20&q=…}, the portal's request: 20 hits with highlights, the 11
 *       facets and the spelling correction (searched instead of the text when a word is in no record), through
 *       search-service (journal included). Then the same queries, each in a letter case never sent before, after
 *       the request cache was emptied ({@link NeverSeenSpellings}): what a first search costs, where the queries in
 *       turn reuse their cached counts.</li>
 *   <li><b>PostgreSQL</b>: the 20 best rows by {@code ts_rank_cd} with {@code ts_headline} on the three highlighted
 *       fields, then the total and the facets as {@code GROUP BY} over the matching rows, in one statement (the
 *       profile facet, a join with the barometer, is left out: it favours PostgreSQL). Terms are OR-ed, as the search
 *       does.</li>
 * </ul>
 * Every query is first sent once through the search API, not counted: right after a restart, a tenth of the first
 * run was too short to fill Elasticsearch's caches, and that run read slower than the next. Each of the six runs
 * then warms up for a tenth of its time, and counts for {@code S} seconds (default 60); a failed
 * request is counted, never retried. Writes the corpus's report ({@code docs/benchmarks/search-scale.md} for the narrow
 * one): ratios measured in one run.
 */
public final class SearchScaleBenchmarkCommand {

    private static final String TABLE = "search_scale_benchmark";
    private static final List<Integer> CLIENTS = List.of(1, 16);
    private static final int PAGE = 20;
    /** A request that takes longer is counted as an error, on both sides. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** The search's default scope: published records (archived ones only when asked). */
    private static final String PUBLISHED = "{\"term\":{\"status\":\"published\"}}";
    private static final String NEVER_SEEN = "recherche Mutualis (API), requêtes jamais vues";

    private SearchScaleBenchmarkCommand() {
    }

    /** One engine under test: a request for one query, which fails by throwing. */
    interface Engine {

        String name();

        void search(String query) throws Exception;
    }

    /** What one run measured. */
    record Run(String engine, int clients, List<Long> micros, long errors, double seconds) {

        double throughput() {
            return micros.size() / seconds;
        }

        double percentile(int percent) {
            return SearchLoadCommand.percentile(micros, percent);
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> words = List.of(args);
        int seconds = Integer.parseInt(GenerateCommand.option(words, "--seconds", "60"));
        SyntheticRecords.Corpus corpus = GenerateCommand.corpus(words);
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        List<String> queries = new ArrayList<>(SearchLoadCommand.queries(root.resolve("tools/relevance/judgments.json")));
        queries.addAll(SearchLoadCommand.queries(root.resolve("tools/relevance/validation.json")));

        long records;
        try (RestClient rest = RestClient.builder(HttpHost.create(config.elasticsearchUrl())).build();
             Connection postgres = DriverManager.getConnection(config.jdbcUrl("experience"), StackConfig.POSTGRES_USER,
                     config.endpoints().postgresPassword())) {
            requireIndexed(rest, corpus);
            records = copyRecords(rest, postgres, out);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String search = config.serviceUrl("search-service");
            Engine searchApi = new Engine() {
                @Override
                public String name() {
                    return "recherche Mutualis (API)";
                }

                @Override
                public void search(String query) throws Exception {
                    HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(search
                                    + "/api/search?size=" + PAGE + "&q=" + SearchLoadCommand.encode(query)))
                            .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("answered " + response.statusCode());
                    }
                }
            };
            NeverSeenSpellings spellings = new NeverSeenSpellings();
            Engine firstSearches = new Engine() {
                @Override
                public String name() {
                    return NEVER_SEEN;
                }

                @Override
                public void search(String query) throws Exception {
                    searchApi.search(spellings.next(query));
                }
            };
            out.printf("Mise en route : les %d requêtes une fois par l'API…%n", queries.size());
            for (String query : queries) {
                searchApi.search(query);
            }
            List<Run> runs = new ArrayList<>();
            List<Long> repeatedSpellings = new ArrayList<>();
            for (int clients : CLIENTS) {
                try (PostgresFullText fullText = new PostgresFullText(config)) {
                    for (Engine engine : List.of(searchApi, firstSearches, fullText)) {
                        if (engine == firstSearches) {
                            clearRequestCache(rest);
                            spellings.clear();
                        }
                        out.printf("%s, %d client(s)…%n", engine.name(), clients);
                        Run run = run(engine, clients, queries, seconds);
                        out.printf(Locale.ROOT, "  %,d requêtes, %.1f req/s, p50 %.1f ms, p99 %.1f ms, %d erreur(s)%n",
                                run.micros().size(), run.throughput(), run.percentile(50), run.percentile(99),
                                run.errors());
                        runs.add(run);
                        if (engine == firstSearches) {
                            repeatedSpellings.add(spellings.repeated());
                        }
                    }
                }
            }
            write(root, out, corpus, records, queries.size(), seconds, runs, repeatedSpellings);
        }
    }

    /** Empties the request cache, where the runs before left the counts of the queries as written. */
    private static void clearRequestCache(RestClient rest) throws IOException {
        Request clear = new Request("POST", "/experiences/_cache/clear");
        clear.addParameter("request", "true");
        rest.performRequest(clear);
    }

    /** Stops unless the index holds {@code corpus}: figures must not go under the other corpus's name. */
    private static void requireIndexed(RestClient rest, SyntheticRecords.Corpus corpus) throws IOException {
        SyntheticRecords.Corpus indexed = SyntheticRecords.Corpus.of(count(rest, "{\"bool\":{\"filter\":[" + PUBLISHED
                + ",{\"match_phrase\":{\"summary\":\"" + SyntheticRecords.NARROW_SUMMARY + "\"}}]}}"),
                count(rest, PUBLISHED));
        if (indexed != corpus) {
            throw new WrongCorpusException("L'index tient le corpus « " + indexed.option() + " », pas « "
                    + corpus.option() + " » : ./mutualis load --corpus " + indexed.option() + ", ou remettre la"
                    + " plateforme à zéro et ./mutualis generate --corpus " + corpus.option() + ".");
        }
    }

    /** The index holds the other corpus: said in one sentence, with what to do. */
    static final class WrongCorpusException extends IllegalStateException {
        WrongCorpusException(String message) {
            super(message);
        }
    }

    /** How many records of the index {@code query} finds. */
    private static long count(RestClient rest, String query) throws IOException {
        Request count = new Request("POST", "/experiences/_count");
        count.setJsonEntity("{\"query\":" + query + "}");
        return IndexScroll.json(rest.performRequest(count)).path("count").asLong();
    }

    /** Copies the index's documents into the PostgreSQL table, unless it already holds as many rows. */
    private static long copyRecords(RestClient rest, Connection postgres, PrintStream out) throws Exception {
        long indexed = count(rest, PUBLISHED);
        try (Statement statement = postgres.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (id text PRIMARY KEY, title text NOT NULL,"
                    + " summary text NOT NULL, description text NOT NULL, other text NOT NULL, axes text[] NOT NULL,"
                    + " action_category text, policy_domains text[] NOT NULL, step text, kind text, region text,"
                    + " departement text, population_band text, budget_band text, year text,"
                    + " document tsvector GENERATED ALWAYS AS (setweight(to_tsvector('french', title), 'A')"
                    + " || setweight(to_tsvector('french', summary), 'B')"
                    + " || setweight(to_tsvector('french', description || ' ' || other), 'C')) STORED)");
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + TABLE)) {
                rows.next();
                if (rows.getLong(1) == indexed) {
                    out.printf(Locale.ROOT, "Table PostgreSQL déjà remplie / already filled: %,d fiches%n", indexed);
                    return indexed;
                }
            }
            statement.execute("DROP INDEX IF EXISTS " + TABLE + "_document");
            statement.execute("TRUNCATE " + TABLE);
        }
        out.printf(Locale.ROOT, "Copie de %,d fiches vers PostgreSQL / copying records to PostgreSQL…%n", indexed);
        long copied = IndexScroll.forEachPage(rest, "experiences", PUBLISHED, hits -> {
            StringBuilder rows = new StringBuilder();
            hits.forEach(hit -> rows.append(row(hit.path("_id").asString(), hit.path("_source"))));
            postgres.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + TABLE + " (id, title, summary,"
                    + " description, other, axes, action_category, policy_domains, step, kind, region, departement,"
                    + " population_band, budget_band, year) FROM STDIN (FORMAT csv)", new StringReader(rows.toString()));
        });
        try (Statement statement = postgres.createStatement()) {
            statement.execute("CREATE INDEX " + TABLE + "_document ON " + TABLE + " USING gin (document)");
            statement.execute("ANALYZE " + TABLE);
        }
        out.printf(Locale.ROOT, "  %,d fiches copiées, index GIN construit / GIN index built%n", copied);
        return copied;
    }

    /** One CSV line of the table's columns, from an indexed document. */
    private static String row(String id, JsonNode source) {
        String other = List.of("results", "lessonsText", "indicatorsText", "assetsText", "partnerNames").stream()
                .map(field -> source.path(field).asString("")).collect(Collectors.joining(" "));
        return String.join(",", csv(id), csv(source.path("title").asString("")),
                csv(source.path("summary").asString("")), csv(source.path("description").asString("")),
                csv(source.path("collectivite").path("name").asString("") + " " + other), csv(array(source.path("axes"))),
                csv(source.path("actionCategory").asString(null)), csv(array(source.path("policyDomains"))),
                csv(source.path("step").asString(null)), csv(source.path("collectivite").path("kind").asString(null)),
                csv(source.path("collectivite").path("region").path("code").asString(null)),
                csv(source.path("collectivite").path("departement").path("code").asString(null)),
                csv(source.path("collectivite").path("populationBand").path("code").asString(null)),
                csv(source.path("budgetBand").asString(null)),
                csv(source.path("year").isMissingNode() ? null : source.path("year").asString())) + "\n";
    }

    private static String array(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(value -> items.add("\"" + value.asString().replace("\"", "") + "\""));
        return "{" + String.join(",", items) + "}";
    }

    private static String csv(String value) {
        return value == null ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }

    /** Runs {@code engine} with {@code clients} threads, each going through the queries from its own start. */
    private static Run run(Engine engine, int clients, List<String> queries, int seconds) throws Exception {
        measure(engine, clients, queries, Math.max(3, seconds / 10));
        return measure(engine, clients, queries, seconds);
    }

    private static Run measure(Engine engine, int clients, List<String> queries, int seconds) throws Exception {
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> threads = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int first = client * queries.size() / clients;
                threads.add(pool.submit(() -> {
                    for (int i = first; System.nanoTime() < deadline; i++) {
                        long t0 = System.nanoTime();
                        try {
                            engine.search(queries.get(i % queries.size()));
                            micros.add((System.nanoTime() - t0) / 1_000);
                        } catch (Exception e) {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> thread : threads) {
                thread.get();
            }
        } finally {
            pool.shutdown();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        return new Run(engine.name(), clients, sorted, errors.get(), elapsed);
    }

    /** PostgreSQL full text, one connection per client. */
    private static final class PostgresFullText implements Engine, AutoCloseable {

        private static final String QUERY = "WITH q AS (SELECT nullif(replace(plainto_tsquery('french', ?)::text,"
                + " '&', '|'), '')::tsquery AS query) ";
        private static final String TOP = QUERY + "SELECT id, ts_headline('french', title, q.query),"
                + " ts_headline('french', summary, q.query), ts_headline('french', description, q.query)"
                + " FROM (SELECT id, title, summary, description FROM " + TABLE + ", q WHERE document @@ q.query"
                + " ORDER BY ts_rank_cd(document, q.query) DESC, id LIMIT " + PAGE + ") best, q";
        private static final String FACETS = QUERY + ", matching AS MATERIALIZED (SELECT b.* FROM " + TABLE
                + " b, q WHERE b.document @@ q.query)"
                + " SELECT 'total', NULL, count(*) FROM matching"
                + " UNION ALL SELECT 'axis', axis, count(*) FROM matching, unnest(axes) axis GROUP BY axis"
                + " UNION ALL SELECT 'policyDomain', domain, count(*) FROM matching, unnest(policy_domains) domain"
                + " GROUP BY domain"
                + facet("actionCategory", "action_category") + facet("step", "step") + facet("kind", "kind")
                + facet("region", "region") + facet("departement", "departement")
                + facet("populationBand", "population_band") + facet("budgetBand", "budget_band")
                + facet("year", "year");

        private final ThreadLocal<Connection> connection;
        private final List<Connection> opened = Collections.synchronizedList(new ArrayList<>());

        PostgresFullText(StackConfig config) {
            this.connection = ThreadLocal.withInitial(() -> {
                try {
                    Connection opening = DriverManager.getConnection(config.jdbcUrl("experience"),
                            StackConfig.POSTGRES_USER, config.endpoints().postgresPassword());
                    try (Statement timeout = opening.createStatement()) {
                        // The search API's request time-out: a longer query is an error on both sides.
                        timeout.execute("SET statement_timeout = '" + TIMEOUT.toSeconds() + "s'");
                    }
                    opened.add(opening);
                    return opening;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }

        private static String facet(String name, String column) {
            return " UNION ALL SELECT '" + name + "', " + column + ", count(*) FROM matching GROUP BY " + column;
        }

        @Override
        public String name() {
            return "PostgreSQL plein texte (GIN)";
        }

        @Override
        public void search(String query) throws SQLException {
            for (String sql : List.of(TOP, FACETS)) {
                try (PreparedStatement statement = connection.get().prepareStatement(sql)) {
                    statement.setString(1, query);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            rows.getString(1);
                        }
                    }
                }
            }
        }

        @Override
        public void close() throws SQLException {
            for (Connection open : opened) {
                open.close();
            }
        }
    }

    private static void write(Path root, PrintStream out, SyntheticRecords.Corpus corpus, long records, int queries,
            int seconds, List<Run> runs, List<Long> repeatedSpellings) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder rows = new StringBuilder();
        for (Run run : runs) {
            rows.append(String.format(Locale.ROOT, "| %s | %d | %,d | %d | %.1f req/s | %.1f ms | %.1f ms | %.1f ms |%n",
                    run.engine(), run.clients(), run.micros().size(), run.errors(), run.throughput(),
                    run.percentile(50), run.percentile(95), run.percentile(99)));
        }
        StringBuilder ratios = new StringBuilder();
        for (int clients : CLIENTS) {
            List<Run> trio = runs.stream().filter(run -> run.clients() == clients).toList();
            Run repeated = trio.get(0);
            Run neverSeen = trio.get(1);
            Run postgres = trio.get(2);
            ratios.append(String.format(Locale.ROOT, "- %d client(s) : débit de la recherche = %.2f × PostgreSQL"
                            + " (%.2f × en requêtes jamais vues) ; p99 %.1f ms (%.1f ms) contre %.1f ms.%n", clients,
                    repeated.throughput() / postgres.throughput(), neverSeen.throughput() / postgres.throughput(),
                    repeated.percentile(99), neverSeen.percentile(99), postgres.percentile(99)));
        }
        String repeats = repeatedSpellings.stream().map(String::valueOf).collect(Collectors.joining(" et "));
        String report = String.format(Locale.ROOT, """
                # Recherche à grande échelle / search at scale

                Mesuré le %s par `./mutualis load --seconds %d --corpus %s` sur la plateforme locale (processus sur
                127.0.0.1), après `./mutualis generate --corpus %s` : %s.
                Machine : %d cœurs, %s %s, Java %s.
                %,d fiches publiques, les %d requêtes du banc de pertinence (réglage et validation) tour à tour.

                | moteur | clients | requêtes | erreurs | débit | p50 | p95 | p99 |
                |---|---:|---:|---:|---:|---:|---:|---:|
                %s
                %s
                - **Recherche** : `GET /api/search?size=20&q=…`, la requête du portail : 20 résultats surlignés, les 11
                  facettes, la correction orthographique (quand un mot n'est dans aucune fiche, la recherche de sa
                  correction, ADR 0041) et le journal des recherches, à travers search-service.
                - **PostgreSQL** : les mêmes fiches copiées dans une table (`tsvector` pondéré, configuration `french`,
                  index GIN), les 20 meilleures par `ts_rank_cd` avec `ts_headline` sur titre, résumé et description,
                  puis le total et 10 facettes en `GROUP BY` sur les fiches trouvées (une requête ; la facette des
                  profils du baromètre est omise, à l'avantage de PostgreSQL). Termes en OU, comme la recherche.
                - Avant les mesures, chaque requête une fois par l'API, non comptée (juste après un démarrage, la
                  première mesure était sinon plus lente que les suivantes). Chaque mesure suit ensuite une mise en
                  route d'un dixième de sa durée ; une requête en échec est comptée,
                  jamais rejouée : réponse autre que 200 ou de plus de 30 s pour la recherche, instruction SQL de plus
                  de 30 s pour PostgreSQL (deux instructions par requête).
                - Les requêtes reviennent tour à tour : le total et les facettes d'une requête déjà vue viennent du
                  cache de requêtes d'Elasticsearch (ADR 0032), comme pour les requêtes fréquentes en service ;
                  PostgreSQL n'a que son cache de pages.
                - **Requêtes jamais vues** : les mêmes requêtes, chaque fois dans une casse encore jamais envoyée
                  (« tHD », « ThD »…), après avoir vidé le cache de requêtes : la recherche les analyse à l'identique
                  (minuscules d'abord) et fait le même travail, mais le cache ne les a jamais vues. C'est le coût de
                  la première recherche d'un membre. Casses revenues faute de lettres (requêtes de trois lettres) :
                  %s requête(s) sur ces deux mesures.
                - Objectifs du ticket 9 sur 1 000 000 de fiches : p99 ≤ 50 ms à 1 client ; à 16 clients, aucune
                  erreur et un débit ≥ 3 × PostgreSQL.
                """, LocalDate.now(), seconds, corpus.option(), corpus.option(), corpus.description(),
                runtime.availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), records, queries, rows, ratios,
                repeats);
        BenchmarkReport.write(root, out, corpus.report(), report);
    }
}
