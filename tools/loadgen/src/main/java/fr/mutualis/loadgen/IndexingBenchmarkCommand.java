package fr.mutualis.loadgen;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkIngester;
import co.elastic.clients.elasticsearch._helpers.bulk.BulkListener;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import co.elastic.clients.util.BinaryData;
import co.elastic.clients.util.ContentType;
import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis load --indexing [--test]}: how fast search-service fills a new index from the events topic, against
 * a bare loader of the same documents. Run after {@code ./mutualis generate --records N} once the platform has indexed
 * them:
 * <ol>
 *   <li><b>replay</b>: an administrator's index rebuild (ADR 0018), the product's path: the topic is read again, every
 *       event goes through the same reader and use case as the live consumer, in bulk (ADR 0029), into a new index;
 *       timed from the request until the alias has moved;</li>
 *   <li><b>bare loader</b>: the documents of that new index, dumped to a file beforehand (not timed), sent with the
 *       Elasticsearch client's {@code BulkIngester} in requests shaped as search-service's (250 operations or 5 MB,
 *       two in flight), without versions, into a scratch index of the same template, without periodic refreshes as a
 *       rebuilt index, timed until the last request is acknowledged, then deleted. The ratio is then the cost of the
 *       product's own work: reading Kafka, checking each event against its contract, transforming it, versions.</li>
 * </ol>
 * Writes {@code docs/benchmarks/indexing.md}; the figure that matters is the ratio of the two rates, measured in one
 * run on one machine.
 */
public final class IndexingBenchmarkCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMINISTRATOR = "admin.syndicat@demo.mutualis.fr";
    /** The request shape of search-service's indexing ({@code ElasticsearchExperienceIndex}). */
    private static final int OPERATIONS_PER_REQUEST = 250;
    private static final long BYTES_PER_REQUEST = 5L * 1024 * 1024;
    private static final int CONCURRENT_REQUESTS = 2;
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration TOKEN_REUSE = Duration.ofMinutes(5);

    private IndexingBenchmarkCommand() {
    }

    /** One timed way of filling an index. */
    record Timed(long documents, double seconds) {

        double rate() {
            return documents / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> words = List.of(args);
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        String search = config.serviceUrl("search-service");
        // Signed in again for each request after five minutes: a million-record rebuild outlasts a token's ten.
        String identity = config.serviceUrl("identity-service");
        Supplier<String> token = new Supplier<>() {
            private String current;
            private long signedInAt;

            @Override
            public String get() {
                if (current == null || System.nanoTime() - signedInAt > TOKEN_REUSE.toNanos()) {
                    current = PlatformSignIn.accessToken(identity, ADMINISTRATOR, DemoAccounts.PASSWORD);
                    signedInAt = System.nanoTime();
                }
                return current;
            }
        };
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Two rounds by default: the first also warms both JVMs (the service's replay path, this loader) and
        // Elasticsearch up; the ratio is taken on the last.
        int roundCount = Integer.parseInt(GenerateCommand.option(words, "--rounds", "2"));
        List<Timed[]> rounds = new ArrayList<>();
        try (RestClient rest = RestClient.builder(HttpHost.create(config.elasticsearchUrl())).build()) {
            for (int round = 1; round <= roundCount; round++) {
                out.printf("Tour / round %d : reconstruction depuis le topic / rebuild from the topic…%n", round);
                double replaySeconds = rebuild(http, search, token);
                Path dump = Files.createTempFile("mutualis-indexing-", ".ndjson");
                try {
                    long dumped = dump(rest, dump);
                    Timed replay = new Timed(dumped, replaySeconds);
                    out.printf(Locale.ROOT, "  %,d documents en / in %.1f s (%.0f/s)%n", replay.documents(),
                            replay.seconds(), replay.rate());
                    out.printf(Locale.ROOT, "  chargeur nu / bare loader: %,d documents…%n", dumped);
                    awaitNoMerge(rest);
                    Timed bare = bareLoad(rest, dump, dumped);
                    out.printf(Locale.ROOT, "  %,d documents en / in %.1f s (%.0f/s)%n", bare.documents(),
                            bare.seconds(), bare.rate());
                    rounds.add(new Timed[] {replay, bare});
                } finally {
                    Files.deleteIfExists(dump);
                }
            }
        }
        write(root, out, rounds);
    }

    /**
     * Runs a rebuild to its end (the previous index is kept a while after the alias moved).
     *
     * @return the seconds until the alias was on the new index
     */
    private static double rebuild(HttpClient http, String search, Supplier<String> token) throws Exception {
        long started = System.nanoTime();
        JsonNode status = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(search + "/api/admin/index-rebuilds"))
                .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index\":\"experiences\"}")), 202));
        String id = status.path("id").asString();
        double seconds = -1;
        while (true) {
            status = JSON.readTree(send(http, HttpRequest.newBuilder(URI.create(search + "/api/admin/index-rebuilds/" + id))
                    .header("Authorization", "Bearer " + token.get()).GET(), 200));
            String state = status.path("state").asString();
            String phase = status.path("phase").asString();
            if (state.equals("FAILED")) {
                throw new IllegalStateException("Rebuild failed: " + status.path("error").asString());
            }
            if (seconds < 0 && (phase.equals("RETAINING_PREVIOUS") || phase.equals("DONE"))) {
                seconds = (System.nanoTime() - started) / 1e9;
            }
            if (state.equals("COMPLETED")) {
                // One rebuild at a time: the next round starts once the previous index is deleted.
                return seconds;
            }
            Thread.sleep(POLL.toMillis());
        }
    }

    /**
     * Waits until the rebuilt index no longer merges: the rebuild merges its segments into one after the swap, outside
     * its timed part, and the bare loader must not share the processor with that merge.
     */
    private static void awaitNoMerge(RestClient rest) throws Exception {
        while (JSON.readTree(rest.performRequest(new Request("GET", "/experiences/_stats/merge")).getEntity()
                .getContent()).path("_all").path("primaries").path("merges").path("current").asLong() > 0) {
            Thread.sleep(POLL.toMillis());
        }
    }

    /** Every document of the alias, one JSON source per line. */
    private static long dump(RestClient rest, Path file) throws Exception {
        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            return IndexScroll.forEachPage(rest, "experiences", "{\"match_all\":{}}", hits -> {
                for (JsonNode hit : hits) {
                    writer.write(hit.path("_id").asString());
                    writer.write('\t');
                    writer.write(JSON.writeValueAsString(hit.path("_source")));
                    writer.write('\n');
                }
            });
        }
    }

    /**
     * Loads the dumped documents into a scratch index of the same template with a bare BulkIngester, timed until the
     * last request is acknowledged (no refresh).
     */
    private static Timed bareLoad(RestClient rest, Path file, long expected) throws Exception {
        String scratch = "experiences-bench-" + System.currentTimeMillis();
        // Filled without periodic refreshes, as search-service fills a rebuilt index.
        Request create = new Request("PUT", "/" + scratch);
        create.setJsonEntity("{\"settings\": {\"index\": {\"refresh_interval\": \"-1\"}}}");
        rest.performRequest(create);
        try {
            ElasticsearchClient client = new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
            AtomicLong acknowledged = new AtomicLong();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            long started = System.nanoTime();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                 BulkIngester<Void> ingester = BulkIngester.of(bulk -> bulk.client(client)
                         .maxOperations(OPERATIONS_PER_REQUEST)
                         .maxSize(BYTES_PER_REQUEST)
                         .maxConcurrentRequests(CONCURRENT_REQUESTS)
                         .listener(new Counting(acknowledged, failure)))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    int tab = line.indexOf('\t');
                    String id = line.substring(0, tab);
                    BinaryData source = BinaryData.of(line.substring(tab + 1).getBytes(StandardCharsets.UTF_8),
                            ContentType.APPLICATION_JSON);
                    ingester.add(operation -> operation.index(index -> index.index(scratch).id(id).document(source)));
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            if (failure.get() != null || acknowledged.get() != expected) {
                throw new IllegalStateException("Bare loader: " + acknowledged.get() + " of " + expected
                        + " documents acknowledged", failure.get());
            }
            return new Timed(acknowledged.get(), seconds);
        } finally {
            rest.performRequest(new Request("DELETE", "/" + scratch));
        }
    }

    /** Counts the documents Elasticsearch acknowledged without error. */
    private record Counting(AtomicLong acknowledged, AtomicReference<Throwable> failure) implements BulkListener<Void> {

        @Override
        public void beforeBulk(long executionId, BulkRequest request, List<Void> contexts) {
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, BulkResponse response) {
            acknowledged.addAndGet(response.items().stream().filter(item -> item.error() == null).count());
            response.items().stream().filter(item -> item.error() != null).findFirst().ifPresent(item ->
                    failure.compareAndSet(null, new IllegalStateException(item.error().reason())));
        }

        @Override
        public void afterBulk(long executionId, BulkRequest request, List<Void> contexts, Throwable error) {
            failure.compareAndSet(null, error);
        }
    }

    private static void write(Path root, PrintStream out, List<Timed[]> rounds) throws IOException {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder rows = new StringBuilder();
        for (int round = 0; round < rounds.size(); round++) {
            Timed replay = rounds.get(round)[0];
            Timed bare = rounds.get(round)[1];
            rows.append(String.format(Locale.ROOT, "| %d%s | %,d | %.1f s | %.0f doc/s | %.1f s | %.0f doc/s | %.0f %% |%n",
                    round + 1, round == 0 && rounds.size() > 1 ? " (mise en route / warm-up)" : "", replay.documents(), replay.seconds(),
                    replay.rate(), bare.seconds(), bare.rate(), 100 * replay.rate() / bare.rate()));
        }
        String report = String.format(Locale.ROOT, """
                # Indexation en masse / bulk indexing

                Mesuré le %s par `./mutualis load --indexing` sur la plateforme locale (processus sur 127.0.0.1), après
                `./mutualis generate`. Machine : %d cœurs, %s %s, Java %s.

                | tour | documents | reconstruction depuis le topic | débit | chargeur nu | débit | reconstruction / chargeur nu |
                |---|---:|---:|---:|---:|---:|---:|
                %s
                - **Reconstruction** (search-service, le chemin du produit) : de la demande
                  (`POST /api/admin/index-rebuilds`) au passage de l'alias sur le nouvel index. Chaque événement est relu
                  de Kafka par lots de 500, vérifié contre son contrat et transformé comme par le consommateur en
                  service pendant que le lot précédent s'indexe, puis envoyé par `BulkIngester` en requêtes de 250
                  documents, deux en vol, avec sa version externe, dans un index sans rafraîchissement périodique
                  jusqu'au passage de l'alias (rafraîchi alors, compté dans le temps).
                - **Chargeur nu** : les documents de l'index reconstruit, écrits d'abord dans un fichier (hors
                  chronomètre), envoyés par `BulkIngester` en requêtes de la même forme que celles de search-service
                  (250 documents ou 5 Mo, deux en vol), sans version, dans un index temporaire du même modèle, lui
                  aussi sans rafraîchissement périodique, supprimé ensuite. Le rapport mesure donc le coût propre du
                  chemin du produit : lecture de Kafka, contrat, transformation, versions.
                - Avec plusieurs tours (`--rounds N`, 2 par défaut), le premier met en route les deux JVM et
                  Elasticsearch ; le rapport se lit sur le dernier. Les deux chemins se partagent les 2 cœurs avec le
                  reste de la plateforme (la reconstruction aussi avec Kafka et search-service).
                  Objectif du ticket 9 : la reconstruction à au moins 70 %% du chargeur nu, sur 1 000 000 de fiches.
                """, LocalDate.now(), runtime.availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), rows);
        BenchmarkReport.write(root, out, "docs/benchmarks/indexing.md", report);
    }

    static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(request.build().uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
