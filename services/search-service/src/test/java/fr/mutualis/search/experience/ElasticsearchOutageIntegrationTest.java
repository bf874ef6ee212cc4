package fr.mutualis.search.experience;

import fr.mutualis.search.support.ExperienceEvents;
import fr.mutualis.search.support.KafkaTestClients;
import fr.mutualis.search.support.ServiceHttpClient;
import fr.mutualis.search.support.TcpProxy;
import fr.mutualis.testing.stack.RealStack;
import org.apache.http.HttpHost;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;

import static fr.mutualis.search.support.ExperienceEvents.aNewExperience;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Elasticsearch going away while the service runs. The service reaches the real Elasticsearch through a TCP relay
 * that the test cuts; it has its own topic and consumer group, so the other test classes' service does not take its
 * events.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ElasticsearchOutageIntegrationTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "mutualis.experience.events.outage-" + RUN;
    private static final String DEAD_LETTER_TOPIC = TOPIC + ".DLT";
    /** 0.5 + 1 + 2 + 2 s of back-off between the first attempt and the dead letter. */
    private static final Duration TOTAL_BACK_OFF = Duration.ofMillis(5_500);

    private static TcpProxy proxy;
    private static RestClient elasticsearch;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void elasticsearchBehindARelay(DynamicPropertyRegistry registry) throws IOException {
        var endpoints = RealStack.endpoints();
        URI url = URI.create(endpoints.elasticsearchUrl());
        proxy = new TcpProxy(url.getHost(), url.getPort());
        elasticsearch = RestClient.builder(HttpHost.create(endpoints.elasticsearchUrl())).build();
        endpoints.kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("mutualis.search.elasticsearch-url", () -> "http://127.0.0.1:" + proxy.port());
        registry.add("mutualis.search.experience-topic", () -> TOPIC);
        registry.add("spring.kafka.consumer.group-id", () -> "search-service-outage-" + RUN);
        registry.add("mutualis.events.retry.initial-interval", () -> "500ms");
        registry.add("mutualis.events.retry.multiplier", () -> "2");
        registry.add("mutualis.events.retry.max-interval", () -> "2s");
        registry.add("mutualis.events.retry.max-retries", () -> "4");
    }

    @AfterEach
    void restore() {
        proxy.restore();
    }

    @AfterAll
    static void close() throws IOException {
        proxy.close();
        elasticsearch.close();
    }

    private ServiceHttpClient http() {
        return new ServiceHttpClient(port);
    }

    private static boolean indexed(String id) {
        try {
            // GET, not HEAD: the low-level client does not raise a 404 answer to HEAD.
            elasticsearch.performRequest(new Request("GET", "/experiences/_doc/" + id));
            return true;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 404) {
                return false;
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean deadLettered(String value) {
        return KafkaTestClients.readAll(DEAD_LETTER_TOPIC).stream().anyMatch(r -> value.equals(r.value()));
    }

    @Test
    void searchAndHealthSayItInFrenchWhileElasticsearchIsDown() {
        proxy.cut();

        ServiceHttpClient.Result search = http().get("/api/search?q=actes");
        assertThat(search.status()).isEqualTo(503);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(search.body().get("title").asString()).isEqualTo("Recherche momentanément indisponible");
        assertThat(search.body().get("detail").asString()).startsWith("Le moteur de recherche ne répond pas");

        ServiceHttpClient.Result health = http().get("/actuator/health");
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body().get("components").get("elasticsearch").get("status").asString()).isEqualTo("DOWN");

        proxy.restore();
        await().atMost(Duration.ofSeconds(10)).until(() -> http().get("/actuator/health").status() == 200);
    }

    @Test
    void anEventIsRetriedWithBackOffThenDeadLetteredWhenElasticsearchStaysDown() {
        ExperienceEvents event = aNewExperience().created().title("Indexée pendant une panne");
        proxy.cut();
        long sent = System.nanoTime();

        KafkaTestClients.send(TOPIC, event);

        await().atMost(Duration.ofSeconds(60)).until(() -> deadLettered(event.json()));
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("retried with back-off first")
                .isGreaterThanOrEqualTo(TOTAL_BACK_OFF.minusMillis(500));
        ConsumerRecord<String, String> dead = KafkaTestClients.readAll(DEAD_LETTER_TOPIC).stream()
                .filter(r -> event.json().equals(r.value())).findFirst().orElseThrow();
        assertThat(dead.key()).isEqualTo(event.aggregateId());
        assertThat(KafkaTestClients.header(dead, "eventType")).isEqualTo("experience.record.created");
        assertThat(KafkaTestClients.header(dead, "kafka_dlt-exception-message")).contains("Elasticsearch unavailable");
        proxy.restore();
        assertThat(indexed(event.aggregateId())).isFalse();
    }

    @Test
    void anEventWaitsForElasticsearchToComeBack() {
        ExperienceEvents event = aNewExperience().created().title("Indexée après la panne");
        proxy.cut();
        int refusedBefore = proxy.refused();

        KafkaTestClients.send(TOPIC, event);
        await().atMost(Duration.ofSeconds(30)).until(() -> proxy.refused() > refusedBefore);
        proxy.restore();

        await().atMost(Duration.ofSeconds(30)).until(() -> indexed(event.aggregateId()));
        assertThat(deadLettered(event.json())).isFalse();
    }
}
