package fr.mutualis.loadgen;

import fr.mutualis.devstack.DemoAccounts;
import fr.mutualis.devstack.PlatformSignIn;
import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.http.entity.ContentType;
import org.apache.http.nio.entity.NStringEntity;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis load --freshness [--seconds S] [--rates 100,500] [--test]}: how long after an agent's change is
 * acknowledged by experience-service's API the record is found by the search, at 100 and 500 changes per second
 * sustained, published by the outbox connector (Debezium, the product's path) and by a polling publisher
 * ({@link PollingOutboxPublisher}) at two intervals, in one run on one machine (ADR 0002).
 *
 * <p>A change is a {@code PUT /api/experiences/{id}} of a published record, by the agent of its collectivité; its
 * acknowledgement gives the record's new version. Three watchers time it: a consumer of the topic (on Kafka), a
 * real-time get of the index (written by search-service) and a search (found, after the index's refresh), each every
 * few milliseconds. Changes after the first tenth of each run are counted; a change still not found a minute after
 * its run is counted as lost.
 */
public final class FreshnessBenchmarkCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RATES = "100,500";
    private static final List<Duration> POLLER_INTERVALS = List.of(Duration.ofMillis(10), Duration.ofMillis(100));
    /** Agents of three collectivités: each record is changed by its own collectivité's agent. */
    private static final Map<String, String> AGENTS = Map.of(
            "213502388", "agent.rennes@demo.mutualis.fr",
            "212900195", "agent.brest@demo.mutualis.fr",
            "213500226", "agent.becherel@demo.mutualis.fr");
    /** Enough records that one is changed again only after its previous change had seconds to be indexed. */
    private static final int RECORDS = 2_000;
    private static final Duration WATCH = Duration.ofMillis(10);
    private static final Duration DRAIN = Duration.ofMinutes(1);
    private static final String CONNECTOR = "experience-outbox";
    private static final Duration SETTLE = Duration.ofSeconds(15);
    private static final String CONNECTOR_RUN = "Debezium (connecteur), passage";
    private static final int WARM_UP_SECONDS = 60;

    private FreshnessBenchmarkCommand() {
    }

    /** One record of the run and the agent who may change it. */
    private record Changed(String id, String siren) {
    }

    /** One measured run: a publisher at a rate. */
    record Run(String publisher, int rate, double achieved, List<Long> micros, List<Long> publishedMicros,
               List<Long> writtenMicros, long lost, long failed) {

        double percentile(int percent) {
            return percentile(micros, percent);
        }

        double publishedPercentile(int percent) {
            return percentile(publishedMicros, percent);
        }

        double writtenPercentile(int percent) {
            return percentile(writtenMicros, percent);
        }

        private static double percentile(List<Long> sorted, int percent) {
            return sorted.isEmpty() ? Double.NaN : SearchLoadCommand.percentile(sorted, percent);
        }
    }

    /** One change the API acknowledged: the record, its new version, when. */
    private record Ack(String id, long version, long at) {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> words = List.of(args);
        int seconds = Integer.parseInt(GenerateCommand.option(words, "--seconds", "30"));
        List<Integer> rates = Arrays.stream(GenerateCommand.option(words, "--rates", RATES).split(","))
                .map(Integer::valueOf).toList();
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        String experience = config.serviceUrl("experience-service");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        Map<String, String> tokens = new ConcurrentHashMap<>();
        signIn(config, tokens);
        String tag = Long.toString(System.currentTimeMillis(), 36);

        List<Run> runs = new ArrayList<>();
        try (RestClient rest = RestClient.builder(HttpHost.create(config.elasticsearchUrl())).build();
             Connection database = DriverManager.getConnection(config.jdbcUrl("experience"), StackConfig.POSTGRES_USER,
                     config.endpoints().postgresPassword())) {
            // An interrupted run may have left the poller's trigger and the connector paused.
            PollingOutboxPublisher.uninstall(database);
            connector(http, config.connectUrl(), "resume", "RUNNING");
            out.printf("%,d fiches publiées pour la mesure / records published for the run…%n", RECORDS);
            List<Changed> records = publishRecords(http, experience, tokens, tag);
            try {
                // Not counted: the services' just-in-time compilers are still busy minutes after a start, and a
                // first run at the lowest rate measured them rather than the publishers (API at 66 of 100/s).
                run(out, http, rest, experience, config, tokens, records, tag, rates.get(0), WARM_UP_SECONDS,
                        "mise en route / warm-up (non comptée)");
                for (int rate : rates) {
                    // The connector runs first and last at each rate: what came before a run (the records'
                    // creation, the events the connector publishes again after the poller) weighs on both.
                    runs.add(run(out, http, rest, experience, config, tokens, records, tag, rate, seconds,
                            CONNECTOR_RUN + " 1"));
                    for (Duration interval : POLLER_INTERVALS) {
                        connector(http, config.connectUrl(), "pause", "PAUSED");
                        try (PollingOutboxPublisher poller = new PollingOutboxPublisher(database,
                                config.endpoints().kafkaClientConfig(), interval)) {
                            runs.add(run(out, http, rest, experience, config, tokens, records, tag, rate, seconds,
                                    "scrutation / polling " + interval.toMillis() + " ms"));
                        } finally {
                            connector(http, config.connectUrl(), "resume", "RUNNING");
                        }
                        // The connector publishes again what the poller did; consumers skip them (versions seen).
                        Thread.sleep(SETTLE.toMillis());
                    }
                    runs.add(run(out, http, rest, experience, config, tokens, records, tag, rate, seconds,
                            CONNECTOR_RUN + " 2"));
                }
            } finally {
                out.println("Archivage des fiches de la mesure / archiving the run's records…");
                archive(http, experience, tokens, records);
            }
        }
        write(root, out, seconds, rates, runs);
    }

    /** The agents' tokens, taken again before each run so that none expires during one. */
    private static void signIn(StackConfig config, Map<String, String> tokens) {
        AGENTS.forEach((siren, agent) -> tokens.put(siren, PlatformSignIn.accessToken(
                config.serviceUrl("identity-service"), agent, DemoAccounts.PASSWORD)));
    }

    /** Creates and publishes the records the run changes, eight at a time. */
    private static List<Changed> publishRecords(HttpClient http, String experience, Map<String, String> tokens,
                                                String tag) throws Exception {
        List<String> sirens = List.copyOf(AGENTS.keySet());
        List<Changed> records = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int n = 0; n < RECORDS; n++) {
            String siren = sirens.get(n % sirens.size());
            int number = n;
            done.add(pool.submit(() -> {
                JsonNode created = JSON.readTree(call(http, "POST", experience + "/api/experiences", tokens.get(siren),
                        body(tag, number, 0, siren), 201));
                String id = created.path("id").asString();
                call(http, "POST", experience + "/api/experiences/" + id + "/publication", tokens.get(siren), null, 200);
                records.add(new Changed(id, siren));
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        return List.copyOf(records);
    }

    /**
     * Changes records at {@code rate} per second for {@code seconds}, each change sent on time whatever the previous
     * ones (an open loop), and times each from its acknowledgement until the search finds its version.
     */
    private static Run run(PrintStream out, HttpClient http, RestClient rest, String experience,
                           StackConfig config, Map<String, String> tokens, List<Changed> records, String tag,
                           int rate, int seconds, String publisher) throws Exception {
        out.printf(Locale.ROOT, "%s, %d changements/s pendant %d s…%n", publisher, rate, seconds);
        signIn(config, tokens);
        Map<String, NavigableSet<Long>> pending = new ConcurrentHashMap<>();
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long warmUpEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds) / 10;
        Map<String, Long> written = new ConcurrentHashMap<>();
        Map<String, Long> found = new ConcurrentHashMap<>();
        Watcher watcher = new Watcher(rest, pending, written, found);
        Thread watching = new Thread(watcher, "freshness-watcher");
        watching.start();
        List<Ack> acks = Collections.synchronizedList(new ArrayList<>());
        TopicWatcher topic = new TopicWatcher(config.endpoints().kafkaClientConfig());
        ExecutorService writers = Executors.newFixedThreadPool(64);
        long started = System.nanoTime();
        long count = (long) rate * seconds;
        for (long n = 0; n < count; n++) {
            long due = started + n * 1_000_000_000L / rate;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Changed record = records.get((int) (n % records.size()));
            long revision = n;
            writers.execute(() -> {
                try {
                    JsonNode changed = JSON.readTree(call(http, "PUT", experience + "/api/experiences/" + record.id(),
                            tokens.get(record.siren()), body(tag, 0, revision, record.siren()), 200));
                    long version = changed.path("version").asLong();
                    long at = System.nanoTime();
                    acks.add(new Ack(record.id(), version, at));
                    pending.compute(record.id(), (id, versions) -> {
                        NavigableSet<Long> all = versions == null ? new TreeSet<>() : versions;
                        all.add(version);
                        return all;
                    });
                    acknowledged.incrementAndGet();
                } catch (Exception e) {
                    failed.incrementAndGet();
                }
            });
        }
        writers.shutdown();
        // Every change sent before the drain: an API slower than the rate still has changes queued here, and none may
        // reach the next run.
        if (!writers.awaitTermination(30, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The API did not take the run's changes within 30 minutes");
        }
        double achieved = acknowledged.get() / ((System.nanoTime() - started) / 1e9);
        long drainEnds = System.nanoTime() + DRAIN.toNanos();
        while (!pending.isEmpty() && System.nanoTime() < drainEnds) {
            Thread.sleep(100);
        }
        watcher.stop();
        watching.join();
        List<Long> published = delays(acks, topic.close(), warmUpEnds);
        long lost = pending.values().stream().mapToLong(Set::size).sum();
        Run result = new Run(publisher, rate, achieved, delays(acks, found, warmUpEnds), published,
                delays(acks, written, warmUpEnds), lost, failed.get());
        out.printf(Locale.ROOT, "  %.0f/s acquittés ; sur Kafka p50 %.0f ms, p99 %.0f ms ; écrits p50 %.0f ms ;"
                        + " trouvés p50 %.0f ms, p95 %.0f ms, p99 %.0f ms ; %d perdus, %d en échec%n", achieved,
                result.publishedPercentile(50), result.publishedPercentile(99), result.writtenPercentile(50),
                result.percentile(50), result.percentile(95), result.percentile(99), result.lost(), result.failed());
        return result;
    }

    /** The delays, sorted, from each acknowledgement after the warm-up to the first time its version was seen. */
    private static List<Long> delays(List<Ack> acks, Map<String, Long> seen, long warmUpEnds) {
        List<Long> delays = new ArrayList<>();
        for (Ack ack : List.copyOf(acks)) {
            Long at = seen.get(ack.id() + ":" + ack.version());
            if (at != null && ack.at() >= warmUpEnds) {
                delays.add(Math.max(0, (at - ack.at()) / 1_000));
            }
        }
        Collections.sort(delays);
        return delays;
    }

    /**
     * Looks at the records with a change pending, again and again: first by a real-time get, which sees a version as
     * soon as search-service has written it (noted in {@code written}), then by a search, which sees it after the
     * index's refresh (noted in {@code found}, and no longer pending). A version is seen when the index holds it or a
     * later one: each change of a record changed again before it was found is timed on its own.
     */
    private static final class Watcher implements Runnable {

        private final RestClient rest;
        private final Map<String, NavigableSet<Long>> pending;
        private final Map<String, Long> written;
        private final Map<String, Long> found;
        private volatile boolean running = true;

        Watcher(RestClient rest, Map<String, NavigableSet<Long>> pending, Map<String, Long> written,
                Map<String, Long> found) {
            this.rest = rest;
            this.pending = pending;
            this.written = written;
            this.found = found;
        }

        void stop() {
            running = false;
        }

        @Override
        public void run() {
            while (running) {
                try {
                    List<String> ids = new ArrayList<>(pending.keySet());
                    if (!ids.isEmpty()) {
                        written(ids);
                        found(ids);
                    }
                    Thread.sleep(WATCH.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (IOException e) {
                    // Elasticsearch busy: the next look will tell.
                }
            }
        }

        private void written(List<String> ids) throws IOException {
            Request get = new Request("POST", "/experiences/_mget");
            get.addParameter("_source", "version");
            get.setEntity(new NStringEntity(JSON.writeValueAsString(Map.of("ids", ids)), ContentType.APPLICATION_JSON));
            JsonNode documents = JSON.readTree(rest.performRequest(get).getEntity().getContent()).path("docs");
            long now = System.nanoTime();
            for (JsonNode document : documents) {
                long version = document.path("_source").path("version").asLong(-1);
                pending.computeIfPresent(document.path("_id").asString(), (id, versions) -> {
                    versions.headSet(version, true).forEach(seen -> written.putIfAbsent(id + ":" + seen, now));
                    return versions;
                });
            }
        }

        private void found(List<String> ids) throws IOException {
            Request search = new Request("POST", "/experiences/_search");
            search.setEntity(new NStringEntity(JSON.writeValueAsString(Map.of("size", ids.size(),
                    "_source", List.of("version"), "query", Map.of("ids", Map.of("values", ids)))),
                    ContentType.APPLICATION_JSON));
            JsonNode hits = JSON.readTree(rest.performRequest(search).getEntity().getContent()).path("hits").path("hits");
            long now = System.nanoTime();
            for (JsonNode hit : hits) {
                long indexed = hit.path("_source").path("version").asLong();
                pending.computeIfPresent(hit.path("_id").asString(), (id, versions) -> {
                    NavigableSet<Long> seen = versions.headSet(indexed, true);
                    seen.forEach(version -> found.put(id + ":" + version, now));
                    seen.clear();
                    return versions.isEmpty() ? null : versions;
                });
            }
        }
    }

    /**
     * Reads the records' topic from its end, from every partition, and notes when each version of each record first
     * arrives: the publisher's share of the delay, before search-service and the index's refresh.
     */
    private static final class TopicWatcher {

        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final Thread reading;
        private volatile boolean running = true;

        TopicWatcher(Map<String, Object> platformKafka) {
            Properties properties = new Properties();
            properties.putAll(platformKafka);
            properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
            KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties);
            List<TopicPartition> partitions = consumer.partitionsFor(GenerateCommand.TOPIC).stream()
                    .map(partition -> new TopicPartition(partition.topic(), partition.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            reading = new Thread(() -> {
                try (consumer) {
                    while (running) {
                        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                            Header version = record.headers().lastHeader("aggregateVersion");
                            if (version != null) {
                                arrivals.putIfAbsent(record.key() + ":"
                                        + new String(version.value(), StandardCharsets.UTF_8), System.nanoTime());
                            }
                        }
                    }
                }
            }, "freshness-topic-watcher");
            reading.start();
        }

        /** Stops reading; the first arrival of each {@code id:version}. */
        Map<String, Long> close() throws InterruptedException {
            running = false;
            reading.join();
            return arrivals;
        }
    }

    /** Pauses or resumes the outbox connector and waits until it and its task are in {@code state}. */
    private static void connector(HttpClient http, String connect, String action, String state) throws Exception {
        call(http, "PUT", connect + "/connectors/" + CONNECTOR + "/" + action, null, null, 202);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            JsonNode status = JSON.readTree(call(http, "GET", connect + "/connectors/" + CONNECTOR + "/status", null,
                    null, 200));
            boolean reached = state.equals(status.path("connector").path("state").asString());
            for (JsonNode task : status.path("tasks")) {
                reached &= state.equals(task.path("state").asString());
            }
            if (reached) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The connector " + CONNECTOR + " did not reach " + state);
    }

    /** Archives the run's records, so that they leave the default search; eight at a time. */
    private static void archive(HttpClient http, String experience, Map<String, String> tokens, List<Changed> records)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (Changed record : records) {
            pool.execute(() -> {
                try {
                    call(http, "POST", experience + "/api/experiences/" + record.id() + "/archivage",
                            tokens.get(record.siren()), null, 200);
                } catch (Exception e) {
                    // Left published: a benchmark record, titled as such.
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(5, TimeUnit.MINUTES);
    }

    private static String body(String tag, int number, long revision, String siren) {
        return JSON.writeValueAsString(Map.of(
                "title", "Mesure de fraîcheur " + tag + " fiche " + number + " révision " + revision,
                "summary", "Fiche écrite par ./mutualis load --freshness pour mesurer le délai avant la recherche.",
                "siren", siren,
                "axes", List.of("dematerialisation")));
    }

    private static String call(HttpClient http, String method, String url, String token, String body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return IndexingBenchmarkCommand.send(http, request, expected);
    }

    private static void write(Path root, PrintStream out, int seconds, List<Integer> rates, List<Run> runs)
            throws IOException {
        Runtime runtime = Runtime.getRuntime();
        StringBuilder rows = new StringBuilder();
        for (Run run : runs) {
            rows.append(String.format(Locale.ROOT, "| %s | %d/s | %.0f/s | %,d | %.0f ms | %.0f ms | %.0f ms | %.0f ms"
                            + " | %.0f ms | %.0f ms | %d | %d |%n", run.publisher(), run.rate(), run.achieved(),
                    run.micros().size(), run.publishedPercentile(50), run.publishedPercentile(99),
                    run.writtenPercentile(50), run.percentile(50), run.percentile(95), run.percentile(99), run.lost(),
                    run.failed()));
        }
        StringBuilder ratios = new StringBuilder();
        for (int rate : rates) {
            List<Run> atRate = runs.stream().filter(run -> run.rate() == rate).toList();
            Comparator<Run> median = Comparator.comparingDouble(run -> run.percentile(50));
            Run connector = atRate.stream().filter(run -> run.publisher().startsWith(CONNECTOR_RUN)).min(median)
                    .orElseThrow();
            Run bestPoller = atRate.stream().filter(run -> !run.publisher().startsWith(CONNECTOR_RUN)).min(median)
                    .orElseThrow();
            ratios.append(String.format(Locale.ROOT, "- %d changements/s : trouvé p50 %.0f ms (meilleur passage du"
                            + " connecteur) contre %.0f ms (meilleure scrutation, %s) : rapport scrutation / connecteur"
                            + " %.1f (objectif ≥ 2) ; sur Kafka p50 %.0f ms contre %.0f ms : rapport %.1f.%n", rate,
                    connector.percentile(50), bestPoller.percentile(50), bestPoller.publisher(),
                    bestPoller.percentile(50) / connector.percentile(50),
                    connector.publishedPercentile(50), bestPoller.publishedPercentile(50),
                    bestPoller.publishedPercentile(50) / connector.publishedPercentile(50)));
        }
        String report = String.format(Locale.ROOT, """
                # Fraîcheur de la recherche / search freshness

                Mesuré le %s par `./mutualis load --freshness --seconds %d` sur la plateforme locale (processus sur
                127.0.0.1). Machine : %d cœurs, %s %s, Java %s. Délai entre l'acquittement d'une modification par
                l'API d'experience-service et le moment où la recherche trouve la fiche dans cette version.

                | publication | débit visé | débit acquitté | changements mesurés | sur Kafka p50 | sur Kafka p99 | écrit p50 | trouvé p50 | trouvé p95 | trouvé p99 | perdus | en échec |
                |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
                %s
                %s
                - **Changement** : `PUT /api/experiences/{id}` d'une fiche publiée, par l'agent de sa collectivité
                  (%,d fiches tour à tour, trois collectivités), envoyé à l'heure prévue quelle que soit la durée des
                  précédents (boucle ouverte, 64 requêtes en vol au plus).
                - **Sur Kafka** : la première arrivée de cette version de la fiche sur `mutualis.experience.events`,
                  lue par un consommateur de la mesure : la part de l'éditeur dans le délai.
                - **Écrite** : la première lecture en temps réel (`_mget`) de l'index qui rend cette version : la
                  modification a traversé search-service et Elasticsearch l'a écrite, mais pas encore rendue cherchable.
                - **Trouvée** : un observateur interroge l'alias `experiences` toutes les %d ms (requête `ids`, donc après
                  le rafraîchissement de l'index, comme une recherche) ; la modification est trouvée quand la version
                  indexée atteint la sienne. Le délai mesuré inclut donc jusqu'à %d ms d'observation.
                - **Debezium** : le connecteur de la boîte d'envoi (`infra/connect/outbox-connector.json`, ADR 0002),
                  le chemin du produit, mesuré au début et à la fin de chaque débit (ce qui précède une mesure pèse
                  sur elle) ; la comparaison prend le meilleur passage de chaque éditeur.
                - **Scrutation** : un éditeur qui lit la table de la boîte d'envoi à intervalle fixe, comme le registre
                  des publications de Spring Modulith : une ligne « à publier » écrite dans la transaction (déclencheur),
                  lue par lot de 1 000, envoyée à Kafka avec les mêmes en-têtes, acquittée par le broker, puis effacée.
                  Le connecteur est en pause pendant ce temps ; à sa reprise il republie ces événements, que les
                  consommateurs ignorent (versions déjà vues).
                - Avant les mesures, %d s de modifications au premier débit, non comptées : la mise en route des
                  compilateurs à la volée des services. Les modifications du premier dixième de chaque mesure ne
                  sont pas comptées non plus ; une modification non trouvée une minute après la fin de sa mesure est
                  comptée perdue ; une requête refusée ou en erreur est comptée en échec, jamais rejouée.
                - Objectifs du ticket 9 : p99 ≤ 1,5 s à 500 changements/s ; p50 au moins 2 × meilleur que la scrutation.
                """, LocalDate.now(), seconds, runtime.availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), rows, ratios, RECORDS,
                WATCH.toMillis(), WATCH.toMillis(), WARM_UP_SECONDS);
        BenchmarkReport.write(root, out, "docs/benchmarks/freshness.md", report);
    }
}
