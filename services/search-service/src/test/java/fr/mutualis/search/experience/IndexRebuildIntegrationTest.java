package fr.mutualis.search.experience;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.search.experience.domain.ExperienceIndexGenerations;
import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.ServiceHttpClient;
import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.RealStack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.HttpHost;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The experience index rebuilt from its topic into a new index and swapped behind the alias while searches run
 * (ADR 0018). The service has its own topic, consumer group and alias, so that the search total is exact and the
 * index other test classes share is never rebuilt; the replay is slowed down so that writes and searches happen
 * while it runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexRebuildIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "mutualis.experience.events.rebuild-" + RUN;
    private static final String ALIAS = "experiences-rebuildtest-" + RUN;
    private static final String FIRST_INDEX = ALIAS + "-000002";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final int RECORDS = 60;

    private static RestClient elasticsearch;

    @Autowired
    private ExperienceIndexGenerations generations;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void ownTopicAndIndex(DynamicPropertyRegistry registry) {
        var endpoints = RealStack.endpoints();
        elasticsearch = RestClient.builder(HttpHost.create(endpoints.elasticsearchUrl())).build();
        endpoints.kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("mutualis.search.elasticsearch-url", endpoints::elasticsearchUrl);
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        registry.add("mutualis.search.experience-topic", () -> TOPIC);
        registry.add("mutualis.search.barometer-topic", () -> "mutualis.barometer.events.rebuild-" + RUN);
        registry.add("spring.kafka.consumer.group-id", () -> "search-service-rebuild-" + RUN);
        registry.add("mutualis.search.index.alias", () -> ALIAS);
        registry.add("mutualis.search.index.initial-index", () -> FIRST_INDEX);
        // About 5 records every 300 ms: the replay lasts seconds, long enough to write and search during it.
        registry.add("mutualis.search.rebuild.max-poll-records", () -> "5");
        registry.add("mutualis.search.rebuild.pause-between-polls", () -> "300ms");
        registry.add("mutualis.search.rebuild.retain-previous", () -> "2s");
    }

    @AfterAll
    static void close() throws IOException {
        elasticsearch.close();
    }

    private ServiceHttpClient http() {
        return new ServiceHttpClient(port);
    }

    private static void send(ExperienceEvents event) {
        KafkaTestClients.send(TOPIC, event);
    }

    private long total() {
        ServiceHttpClient.Result result = http().get("/api/search?size=1");
        assertThat(result.status()).as(result.raw()).isEqualTo(200);
        return result.body().get("total").asLong();
    }

    private ServiceHttpClient.Result admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(http().uri(path))
                .header("Authorization", TestIssuer.shared().administrator())
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http().send(request.build());
    }

    private static Optional<JsonNode> document(String id) {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/" + ALIAS + "/_doc/" + id));
            return Optional.of(JSON.readTree(response.getEntity().getContent()));
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return Optional.empty();
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> indicesBehindAlias() throws IOException {
        var response = elasticsearch.performRequest(new Request("GET", "/_alias/" + ALIAS));
        List<String> indices = new ArrayList<>();
        JSON.readTree(response.getEntity().getContent()).propertyNames().forEach(indices::add);
        return indices;
    }

    /** The segments of that index that searches see. */
    private static int segments(String index) throws IOException {
        var response = elasticsearch.performRequest(new Request("GET", "/_cat/segments/" + index + "?format=json"));
        return JSON.readTree(response.getEntity().getContent()).size();
    }

    private static boolean indexExists(String index) throws IOException {
        try {
            elasticsearch.performRequest(new Request("GET", "/" + index));
            return true;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw e;
        }
    }

    @Test
    void the_index_is_rebuilt_from_the_topic_and_swapped_while_searches_keep_finding_everything() throws Exception {
        // Before: RECORDS published records, one of them later unpublished, one whose contact was erased.
        List<ExperienceEvents> records = new ArrayList<>();
        for (int i = 0; i < RECORDS; i++) {
            ExperienceEvents record = aNewExperience().created().title("Reconstruction " + RUN + " n° " + i);
            records.add(record);
            send(record);
        }
        ExperienceEvents unpublished = aNewExperience().type("experience.record.published")
                .title("Retiré " + RUN + " zorglubien");
        send(unpublished);
        send(unpublished.type("experience.record.updated").version(2).status("draft"));
        ExperienceEvents erased = records.get(0).type("experience.record.updated").version(2)
                .with("contact", Map.of("name", "Claire Martin", "email", "c.martin@example.fr",
                        "consentAt", "2026-11-20T08:00:00Z"));
        send(erased);
        send(erased.type("experience.record.contact-erased").version(3).without("contact"));
        await().atMost(PATIENCE).until(() -> total() == RECORDS
                && document(records.get(0).aggregateId()).map(d -> d.get("_version").asLong() == 3).orElse(false)
                && document(unpublished.aggregateId()).isEmpty());
        assertThat(indicesBehindAlias()).containsExactly(FIRST_INDEX);

        // Searches run without a pause during the whole rebuild and swap.
        AtomicBoolean searching = new AtomicBoolean(true);
        AtomicInteger searches = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread searcher = new Thread(() -> {
            while (searching.get()) {
                try {
                    ServiceHttpClient.Result result = http().get("/api/search?size=1");
                    long total = result.status() == 200 ? result.body().get("total").asLong() : -1;
                    // RECORDS, and one more once the record created during the rebuild is indexed.
                    if (result.status() != 200 || total < RECORDS || total > RECORDS + 1) {
                        failures.add(result.status() + " total=" + total + " " + result.raw());
                    }
                    searches.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e.toString());
                }
            }
        }, "continuous-search");
        searcher.start();

        ServiceHttpClient.Result started = admin("POST", "/api/admin/index-rebuilds", "{\"index\":\"experiences\"}");
        assertThat(started.status()).as(started.raw()).isEqualTo(202);
        assertThat(started.body().get("state").asString()).isEqualTo("RUNNING");
        String id = started.body().get("id").asString();
        assertThat(started.raw()).doesNotContain("Bearer");

        ServiceHttpClient.Result again = admin("POST", "/api/admin/index-rebuilds", "{\"index\":\"experiences\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.body().get("title").asString()).isEqualTo("Reconstruction déjà en cours");

        // Writes while it runs: updates of records already replayed or not, and a new record.
        await().atMost(PATIENCE).until(() -> admin("GET", "/api/admin/index-rebuilds/" + id, null).body()
                .get("recordsRead").asLong() > 0);
        List<ExperienceEvents> updated = records.subList(10, 15).stream()
                .map(record -> record.type("experience.record.updated").version(2)
                        .title("Mise à jour pendant la reconstruction " + RUN + " " + record.aggregateId()))
                .toList();
        updated.forEach(IndexRebuildIntegrationTest::send);
        ExperienceEvents createdDuring = aNewExperience().created().title("Créée pendant la reconstruction " + RUN);
        send(createdDuring);
        JsonNode during = admin("GET", "/api/admin/index-rebuilds/" + id, null).body();
        assertThat(during.get("state").asString()).as(during.toString()).isEqualTo("RUNNING");

        await().atMost(PATIENCE).until(() -> !"RUNNING".equals(
                admin("GET", "/api/admin/index-rebuilds/" + id, null).body().get("state").asString()));
        // A few more searches on the new index alone.
        Thread.sleep(1_000);
        searching.set(false);
        searcher.join(10_000);

        JsonNode done = admin("GET", "/api/admin/index-rebuilds/" + id, null).body();
        assertThat(done.get("state").asString()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("recordsToRead").asLong()).isGreaterThanOrEqualTo(RECORDS + 4);
        assertThat(failures).as("searches that failed or missed records during the rebuild").isEmpty();
        assertThat(searches.get()).isGreaterThan(20);

        // The alias points to the new index only; the previous one is gone.
        String rebuilt = done.get("index").asString();
        assertThat(rebuilt).startsWith(FIRST_INDEX + "-r");
        assertThat(indicesBehindAlias()).containsExactly(rebuilt);
        assertThat(indexExists(FIRST_INDEX)).isFalse();

        // Latest versions, the writes made during the rebuild, and nothing that had left public view.
        await().atMost(Duration.ofSeconds(20)).until(() -> total() == RECORDS + 1);
        for (ExperienceEvents record : updated) {
            JsonNode document = document(record.aggregateId()).orElseThrow();
            assertThat(document.get("_version").asLong()).isEqualTo(2);
            assertThat(document.get("_source").get("title").asString()).startsWith("Mise à jour pendant");
        }
        assertThat(document(createdDuring.aggregateId())).isPresent();
        JsonNode contactErased = document(records.get(0).aggregateId()).orElseThrow();
        assertThat(contactErased.get("_version").asLong()).isEqualTo(3);
        assertThat(contactErased.get("_source").has("contact")).isFalse();
        assertThat(document(records.get(RECORDS - 1).aggregateId()).orElseThrow().get("_version").asLong()).isEqualTo(1);
        assertThat(document(unpublished.aggregateId())).isEmpty();
        assertThat(http().get("/api/search?q=zorglubien").body().get("total").asLong()).isZero();

        // Filled without periodic refreshes, the new index is refreshed as the live index from now on.
        send(aNewExperience().created().title("Écrite après la reconstruction " + RUN));
        await().atMost(Duration.ofSeconds(20)).until(() -> total() == RECORDS + 2);
    }

    @Test
    void a_rebuilt_index_is_compacted_into_one_segment_in_the_background() throws Exception {
        // What the rebuild does after its catch-up, on an index of three segments (one per refresh).
        String index = generations.create();
        try {
            for (int write = 0; write < 3; write++) {
                Request put = new Request("PUT", "/" + index + "/_doc/compacted-" + write);
                put.addParameter("refresh", "true");
                put.setJsonEntity("{\"id\": \"compacted-" + write + "\"}");
                elasticsearch.performRequest(put);
            }
            assertThat(segments(index)).isEqualTo(3);

            generations.compact(index);

            await().atMost(Duration.ofSeconds(20)).until(() -> segments(index) == 1);
        } finally {
            generations.delete(index);
        }
    }

    @Test
    void only_administrators_may_rebuild_and_errors_are_french_problems() {
        ServiceHttpClient.Result anonymous = http().send(HttpRequest.newBuilder(
                        http().uri("/api/admin/index-rebuilds"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index\":\"experiences\"}")).build());
        assertThat(anonymous.status()).isEqualTo(401);

        ServiceHttpClient.Result agent = http().send(HttpRequest.newBuilder(http().uri("/api/admin/index-rebuilds"))
                .header("Authorization", TestIssuer.shared().agentOf("223300013"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"index\":\"experiences\"}")).build());
        assertThat(agent.status()).isEqualTo(403);

        ServiceHttpClient.Result unknown = admin("POST", "/api/admin/index-rebuilds", "{\"index\":\"barometer\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.raw()).contains("Seul l'index « experiences » peut être reconstruit.");

        ServiceHttpClient.Result missing = admin("GET", "/api/admin/index-rebuilds/" + UUID.randomUUID(), null);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("title").asString()).isEqualTo("Reconstruction introuvable");
    }
}
