package fr.mutualis.loadgen;

import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis load [--requests N] [--concurrency C] [--test]} ({@code --portal}: {@link PortalPagesCommand};
 * {@code --indexing}: {@link IndexingBenchmarkCommand}): replays the relevance harness's French queries
 * (with facets, as the portal asks) against the running search API and writes the latency percentiles, the
 * throughput, the number of indexed records and the index size to {@code docs/benchmarks/search-load.md}.
 */
public final class SearchLoadCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SearchLoadCommand() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> words = List.of(args);
        if (words.contains("--portal")) {
            PortalPagesCommand.run(words, out);
            return;
        }
        if (words.contains("--indexing")) {
            IndexingBenchmarkCommand.main(args);
            return;
        }
        int requests = Integer.parseInt(GenerateCommand.option(words, "--requests", "2000"));
        int concurrency = Integer.parseInt(GenerateCommand.option(words, "--concurrency", "8"));
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        String search = config.serviceUrl("search-service");
        List<String> queries = queries(root.resolve("tools/relevance/judgments.json"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        get(http, search + "/api/search?q=" + encode(queries.get(0)));
        List<Long> micros = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            String query = queries.get(i % queries.size());
            calls.add(pool.submit(() -> {
                long t0 = System.nanoTime();
                get(http, search + "/api/search?size=20&q=" + encode(query));
                micros.add((System.nanoTime() - t0) / 1_000);
                return null;
            }));
        }
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        long indexed = JSON.readTree(get(http, search + "/api/search?size=1")).path("total").asLong();
        JsonNode stats = JSON.readTree(get(http, config.elasticsearchUrl() + "/experiences/_stats/store,docs"));
        long bytes = stats.path("_all").path("primaries").path("store").path("size_in_bytes").asLong();

        String report = String.format(Locale.ROOT, """
                # Charge de la recherche / search load

                Mesuré le %s par `./mutualis load --requests %d --concurrency %d` (les %d requêtes françaises du banc de
                pertinence, rejouées en boucle), machine de développement, plateforme locale complète.

                | fiches indexées | taille de l'index (primaires) | requêtes | débit | p50 | p95 | p99 | max |
                |---:|---:|---:|---:|---:|---:|---:|---:|
                | %,d | %.1f Mio | %d | %.0f req/s | %.1f ms | %.1f ms | %.1f ms | %.1f ms |
                """, LocalDate.now(), requests, concurrency, queries.size(), indexed, bytes / 1048576.0, requests,
                requests / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.get(sorted.size() - 1) / 1000.0);
        out.println(report);
        Path file = root.resolve("docs/benchmarks/search-load.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        out.println("Résultats écrits dans / written to " + root.relativize(file));
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

    private static String get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return response.body();
    }
}
