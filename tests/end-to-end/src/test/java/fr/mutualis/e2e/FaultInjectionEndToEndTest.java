package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.mutualis.testing.stack.PlatformServices;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import fr.mutualis.testing.stack.WithRealStack;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fault injection (issue 10): under a steady load of changes ({@link SteadyLoad}: experience records created, published
 * and updated by agents; memberships changed by an administrator), each of the Kafka broker, the Connect worker, the
 * search service, Elasticsearch and PostgreSQL is in turn SIGKILLed with all its processes ({@link RealStack#kill}) and
 * started again by the launcher's own start code ({@link RealStack#restart}). Then every committed change is
 * reconciled against the index and the topics.
 *
 * <p><b>What is compared.</b> Only what an API acknowledged (2xx) counts as committed; a write that failed may or may
 * not have been committed, so the load reads the aggregate back from its API before changing it again, and at the end
 * every record is read back: its version there must not be behind what was acknowledged (no acknowledged change lost),
 * and becomes the version to find everywhere.
 * <ul>
 *   <li><b>Index, exactly once.</b> Delivery is at-least-once (Debezium resumes from its last flushed offset, a
 *   consumer from its last committed one), so "exactly once" is a property of the index, not of delivery: every
 *   published record is in the alias {@code experiences} as exactly one document (no copy in another index of the
 *   alias), whose Elasticsearch external version is the record's latest committed version (older or repeated events
 *   refused, ADR 0004); a draft is not there at all.</li>
 *   <li><b>Topics, count and checksum per aggregate.</b> Each service's outbox is the source of truth of what was
 *   committed (its rows are purged only after a day). Per aggregate, the outbox versions must be contiguous, end at
 *   the committed version and include every acknowledged one. The topic {@code mutualis.<aggregate type>.events},
 *   read from the beginning, may hold a version more than once (redelivery), but each copy must be identical to its
 *   outbox row (same event id, same payload); the <i>count</i> is the number of distinct versions on the topic, which
 *   must equal the number of outbox rows, and the <i>checksum</i> is the SHA-256 of the payloads of the distinct
 *   versions in version order, which must equal the same digest computed over the outbox. Each version's first copy
 *   comes in version order (one aggregate, one partition). Duplicates are counted and printed, not refused.</li>
 * </ul>
 * A create whose answer was lost may leave a draft the load never heard of: it is neither indexed nor counted.
 *
 * <p><b>Recovery time</b> of a component: from the moment its restart begins to the first change acknowledged after
 * its kill that is visible in the index; printed for docs/reliability.md.
 */
@WithRealStack
class FaultInjectionEndToEndTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> FAULTS = List.of("kafka", "connect", "search-service", "elasticsearch", "postgres");
    private static final List<String> MEMBERS = List.of("219400025", "211703004");
    private static final Duration STEADY = Duration.ofSeconds(3);
    private static final Duration DOWN = Duration.ofSeconds(2);
    private static final Duration RECOVERY_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(60);
    private static final String RECORD_TOPIC = "mutualis.experience.events";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** How one fault went. */
    private record Recovery(String component, Duration restart, Duration toFirstIndexing) {
    }

    @Test
    // The platform starts inside: on a loaded 2-core machine that alone can take 3 minutes.
    @Timeout(value = 12, unit = TimeUnit.MINUTES)
    void every_acknowledged_change_survives_sigkill_of_each_component_once_in_the_index_and_on_the_topics()
            throws Exception {
        assumeTrue(RealStack.canInjectFaults(), "needs the local process stack (-Dmutualis.test-stack=local)");
        long begun = System.nanoTime();
        PlatformClient.startPlatform();
        PlatformServices services = RealStack.startServices();
        StackEndpoints stack = RealStack.endpoints();
        String tag = "panne" + UUID.randomUUID().toString().substring(0, 8);

        List<Recovery> recoveries = new ArrayList<>();
        SteadyLoad load = new SteadyLoad(services.url("experience-service"), services.url("referential-service"), tag,
                MEMBERS);
        try (load) {
            load.start();
            awaitIndexed(stack, load, Instant.EPOCH, "démarrage / start-up");
            for (String component : FAULTS) {
                sleep(STEADY);
                Instant killed = Instant.now();
                RealStack.kill(component);
                System.out.printf("[faults] %s tué / SIGKILLed%n", component);
                sleep(DOWN);
                long restarting = System.nanoTime();
                Duration restart = RealStack.restart(component);
                if (component.equals("connect")) {
                    awaitConnectorsRunning(stack);
                }
                awaitIndexed(stack, load, killed, component);
                Recovery recovery = new Recovery(component, restart, Duration.ofNanos(System.nanoTime() - restarting));
                recoveries.add(recovery);
                System.out.printf("[faults] %s : redémarré / restarted in %.1f s, première indexation / first indexing "
                        + "%.1f s after its restart began%n", component, restart.toMillis() / 1e3,
                        recovery.toFirstIndexing().toMillis() / 1e3);
            }
            sleep(STEADY);
            load.stop();
        }
        System.out.printf("[faults] %d changements acquittés / acknowledged changes, %d écritures refusées ou perdues / "
                + "failed writes%n", load.acks().size(), load.failures());
        assertThat(load.acks()).as("the load acknowledged too few changes to mean anything").hasSizeGreaterThan(30);

        load.readBackRecords();
        reconcileIndex(stack, load.records());
        Map<String, String> report = reconcileTopics(stack, load);
        report.forEach((aggregate, line) -> System.out.println("[faults] " + aggregate + " " + line));
        recoveries.forEach(r -> System.out.printf("[faults] | %s | %.1f s | %.1f s |%n", r.component(),
                r.restart().toMillis() / 1e3, r.toFirstIndexing().toMillis() / 1e3));
        System.out.printf("[faults] durée totale / total %.0f s%n", (System.nanoTime() - begun) / 1e9);
    }

    /**
     * Waits until a record change acknowledged after {@code after} is visible in the index (at its version or newer):
     * indexing works again end to end after {@code component}'s restart.
     */
    private void awaitIndexed(StackEndpoints stack, SteadyLoad load, Instant after, String component) {
        try {
            await().ignoreExceptionsInstanceOf(RuntimeException.class).atMost(RECOVERY_TIMEOUT).pollInterval(Duration.ofMillis(250)).until(() -> {
                List<SteadyLoad.Ack> changes = load.acksAfter(after).stream()
                        .filter(ack -> ack.topic().equals(RECORD_TOPIC)).toList();
                if (changes.isEmpty()) {
                    return false;
                }
                Map<String, List<Long>> indexed = indexedVersions(stack, changes.stream()
                        .map(SteadyLoad.Ack::aggregateId).collect(Collectors.toSet()));
                return changes.stream().anyMatch(ack -> indexed.getOrDefault(ack.aggregateId(), List.of()).stream()
                        .anyMatch(version -> version >= ack.version()));
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("Après le redémarrage de " + component + ", aucun changement acquitté depuis sa panne "
                    + "n'est indexé en " + RECOVERY_TIMEOUT.toSeconds() + " s / after restarting " + component
                    + ", no change acknowledged since its kill was indexed; load failures so far: " + load.failureSummary(), e);
        }
    }

    /** Connect restarted from its topics: the connectors registered before its kill run again, not registered again. */
    private void awaitConnectorsRunning(StackEndpoints stack) {
        try {
            await().ignoreExceptionsInstanceOf(RuntimeException.class).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode statuses = JSON.readTree(get(stack.connectUrl() + "/connectors?expand=status"));
                if (statuses.isEmpty()) {
                    return false;
                }
                for (JsonNode connector : statuses) {
                    JsonNode status = connector.path("status");
                    if (!"RUNNING".equals(status.path("connector").path("state").asText())
                            || status.path("tasks").isEmpty()) {
                        return false;
                    }
                    for (JsonNode task : status.path("tasks")) {
                        if ("FAILED".equals(task.path("state").asText())) {
                            throw new AssertionError("connect : tâche en échec après redémarrage / task FAILED after "
                                    + "restart: " + connector.path("status").path("name").asText() + " "
                                    + task.path("trace").asText().lines().findFirst().orElse(""));
                        }
                        if (!"RUNNING".equals(task.path("state").asText())) {
                            return false;
                        }
                    }
                }
                return true;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("connect : connecteurs pas revenus en 60 s sans réenregistrement / connectors not "
                    + "running again within 60 s without re-registration: " + get(stack.connectUrl()
                    + "/connectors?expand=status"), e);
        }
    }

    /**
     * Every published record once in the alias at its committed version, every draft absent: waits for the pipeline
     * to drain, then names each record still wrong.
     */
    private void reconcileIndex(StackEndpoints stack, Collection<SteadyLoad.Aggregate> records) {
        Set<String> ids = records.stream().map(record -> record.id).collect(Collectors.toSet());
        List<String> wrong = new ArrayList<>();
        try {
            await().ignoreExceptionsInstanceOf(RuntimeException.class).atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofMillis(500)).until(() -> {
                Map<String, List<Long>> indexed = indexedVersions(stack, ids);
                wrong.clear();
                for (SteadyLoad.Aggregate record : records) {
                    List<Long> copies = indexed.getOrDefault(record.id, List.of());
                    List<Long> expected = record.published ? List.of(record.version) : List.of();
                    if (!copies.equals(expected)) {
                        wrong.add(record.id + " (" + (record.published ? "publiée / published v" + record.version
                                : "brouillon / draft") + ") : index " + copies);
                    }
                }
                return wrong.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("elasticsearch : après " + DRAIN_TIMEOUT.toSeconds() + " s, fiches absentes, en double "
                    + "ou pas à leur dernière version / records missing, duplicated or not at their latest version: "
                    + wrong, e);
        }
        assertThat(records.stream().filter(record -> record.published)).as("published records").isNotEmpty();
    }

    /** The external versions of the documents of these ids in the alias, one entry per copy. */
    private Map<String, List<Long>> indexedVersions(StackEndpoints stack, Set<String> ids) {
        String query = JSON.writeValueAsString(Map.of("size", 1000, "version", true, "_source", false,
                "query", Map.of("ids", Map.of("values", ids))));
        JsonNode response = JSON.readTree(post(stack.elasticsearchUrl() + "/experiences/_search", query));
        Map<String, List<Long>> versions = new HashMap<>();
        for (JsonNode hit : response.path("hits").path("hits")) {
            versions.computeIfAbsent(hit.path("_id").asText(), id -> new ArrayList<>()).add(hit.path("_version").asLong());
        }
        return versions;
    }

    /** One event as the outbox row or a topic message holds it. */
    private record Event(long version, String eventId, String payload) {
    }

    /**
     * Per aggregate: outbox versions contiguous, ending at the committed version, covering every acknowledged one; the
     * topic's copies identical to the rows; distinct versions (count) and their SHA-256 (checksum) equal the outbox's.
     * Waits for Debezium to catch up, then names each aggregate still wrong. Returns a line per aggregate.
     */
    private Map<String, String> reconcileTopics(StackEndpoints stack, SteadyLoad load) {
        Map<String, SteadyLoad.Aggregate> aggregates = new LinkedHashMap<>();
        load.records().forEach(record -> aggregates.put(record.id, record));
        load.members().forEach(member -> aggregates.put(member.id, member));
        Map<String, List<Event>> outbox = new HashMap<>();
        outbox.putAll(outbox(stack, "experience", load.records()));
        outbox.putAll(outbox(stack, "referential", load.members()));
        Map<String, Set<Long>> acknowledged = load.acks().stream().collect(Collectors.groupingBy(
                SteadyLoad.Ack::aggregateId, Collectors.mapping(SteadyLoad.Ack::version, Collectors.toSet())));

        // The outbox against what was acknowledged.
        List<String> problems = new ArrayList<>();
        for (SteadyLoad.Aggregate aggregate : aggregates.values()) {
            List<Event> rows = outbox.getOrDefault(aggregate.id, List.of());
            List<Long> versions = rows.stream().map(Event::version).toList();
            long first = versions.isEmpty() ? 0 : versions.get(0);
            boolean contiguous = versions.isEmpty() || versions.get(versions.size() - 1) - first + 1 == versions.size();
            if (!contiguous || versions.isEmpty() || versions.get(versions.size() - 1) != aggregate.version
                    || !versions.containsAll(acknowledged.getOrDefault(aggregate.id, Set.of()))) {
                problems.add(aggregate.topic + " " + aggregate.id + " : outbox " + versions + ", committed v"
                        + aggregate.version + ", acknowledged " + new java.util.TreeSet<>(
                                acknowledged.getOrDefault(aggregate.id, Set.of())));
            }
        }
        assertThat(problems).as("outbox : changements acquittés absents de l'outbox / acknowledged changes missing "
                + "from the outbox").isEmpty();

        // The topics against the outbox, once Debezium has caught up.
        Map<String, String> report = new TreeMap<>();
        try {
            await().ignoreExceptionsInstanceOf(RuntimeException.class).atMost(DRAIN_TIMEOUT).pollInterval(Duration.ofSeconds(2)).until(() -> {
                problems.clear();
                report.clear();
                Map<String, Map<String, List<Event>>> topics = new HashMap<>();
                for (SteadyLoad.Aggregate aggregate : aggregates.values()) {
                    Map<String, List<Event>> messages = topics.computeIfAbsent(aggregate.topic, topic ->
                            readTopic(stack, topic, aggregates.keySet()));
                    compare(aggregate, outbox.getOrDefault(aggregate.id, List.of()),
                            messages.getOrDefault(aggregate.id, List.of()), problems, report);
                }
                return problems.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("kafka : topics différents de l'outbox après " + DRAIN_TIMEOUT.toSeconds()
                    + " s / topics differ from the outbox: " + problems, e);
        }
        return report;
    }

    private static void compare(SteadyLoad.Aggregate aggregate, List<Event> rows, List<Event> messages,
                                List<String> problems, Map<String, String> report) {
        String name = aggregate.topic + " " + aggregate.id;
        long oldestRow = rows.isEmpty() ? Long.MAX_VALUE : rows.get(0).version();
        Map<Long, Event> byVersion = rows.stream().collect(Collectors.toMap(Event::version, event -> event));
        Map<Long, Event> firstCopies = new LinkedHashMap<>();
        long duplicates = 0;
        long lastFirst = 0;
        for (Event message : messages) {
            if (message.version() < oldestRow) {
                continue; // purged from the outbox (older than its retention), or before the load
            }
            Event row = byVersion.get(message.version());
            if (row == null || !row.eventId().equals(message.eventId()) || !row.payload().equals(message.payload())) {
                problems.add(name + " : v" + message.version() + " sur le topic diffère de l'outbox / on the topic "
                        + "differs from the outbox (event " + message.eventId() + ")");
                return;
            }
            if (firstCopies.putIfAbsent(message.version(), message) != null) {
                duplicates++;
            } else if (message.version() < lastFirst) {
                problems.add(name + " : v" + message.version() + " arrive après v" + lastFirst + " / out of order");
                return;
            } else {
                lastFirst = message.version();
            }
        }
        String outboxSum = checksum(rows);
        String topicSum = checksum(List.copyOf(firstCopies.values()));
        if (firstCopies.size() != rows.size() || !outboxSum.equals(topicSum)) {
            problems.add(name + " : topic " + firstCopies.size() + " versions " + firstCopies.keySet() + " sha256 "
                    + topicSum + ", outbox " + rows.size() + " versions sha256 " + outboxSum);
            return;
        }
        report.put(name, "count " + rows.size() + " (v" + oldestRow + "…v" + aggregate.version + ", " + duplicates
                + " duplicate(s) on the topic) sha256 " + topicSum);
    }

    private static String checksum(List<Event> events) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            events.stream().sorted(java.util.Comparator.comparingLong(Event::version)).forEach(event -> {
                digest.update(event.payload().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            });
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outbox rows of these aggregates in {@code database}, by aggregate id, in version order (as the superuser). */
    private static Map<String, List<Event>> outbox(StackEndpoints stack, String database,
                                                   Collection<SteadyLoad.Aggregate> aggregates) {
        Map<String, List<Event>> rows = new HashMap<>();
        String topicOf = aggregates.stream().findFirst().map(aggregate -> aggregate.topic).orElse("");
        String aggregateType = topicOf.replaceFirst("^mutualis\\.", "").replaceFirst("\\.events$", "");
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), stack.postgresUser(),
                stack.postgresPassword());
             PreparedStatement select = connection.prepareStatement("SELECT aggregateid, aggregate_version, id::text, "
                     + "payload::text FROM outbox WHERE aggregatetype = ? AND aggregateid = ANY (?) "
                     + "ORDER BY aggregateid, aggregate_version")) {
            select.setString(1, aggregateType);
            select.setArray(2, connection.createArrayOf("text",
                    aggregates.stream().map(aggregate -> aggregate.id).toArray()));
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.computeIfAbsent(result.getString(1), id -> new ArrayList<>())
                            .add(new Event(result.getLong(2), result.getString(3), result.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new AssertionError("postgres : outbox de / of " + database + " illisible / unreadable: "
                    + e.getMessage(), e);
        }
        return rows;
    }

    /** The messages of {@code topic} from the beginning to its current end, for these keys, in offset order. */
    private static Map<String, List<Event>> readTopic(StackEndpoints stack, String topic, Set<String> keys) {
        Map<String, Object> config = new HashMap<>(stack.kafkaClientConfig());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        Map<String, List<Event>> messages = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("kafka : " + topic + " pas lu jusqu'au bout en 30 s / not read to its end");
                }
                for (ConsumerRecord<String, String> message : consumer.poll(Duration.ofMillis(500))) {
                    if (message.key() != null && keys.contains(message.key())) {
                        messages.computeIfAbsent(message.key(), key -> new ArrayList<>()).add(new Event(
                                Long.parseLong(header(message, "aggregateVersion")), header(message, "ce_id"),
                                message.value()));
                    }
                }
            }
        }
        return messages;
    }

    private static String header(ConsumerRecord<String, String> message, String name) {
        Header header = message.headers().lastHeader(name);
        if (header == null) {
            throw new AssertionError("kafka : " + message.topic() + " " + message.key() + " sans en-tête / without header "
                    + name);
        }
        return new String(header.value(), StandardCharsets.UTF_8).replace("\"", "");
    }

    private String get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private String post(String url, String json) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
