package fr.mutualis.search.support;

import fr.mutualis.testing.security.TestIssuer;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.StackEndpoints;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The search service on the real Kafka and Elasticsearch of the test run ({@link RealStack}), reached like a client
 * would: messages through a plain Kafka producer, HTTP calls on its random port.
 *
 * <p>Kafka and Elasticsearch are shared with other modules' tests and earlier runs: each run consumes its own events
 * topic (created by the service's {@code NewTopic} beans) with its own consumer group, so what a test counts is its
 * own; every experience has a unique id, since the {@code experiences} index keeps documents from earlier runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class RealStackSpringTest {

    protected static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    protected static final String TOPIC = "mutualis.experience.events.test-" + RUN;
    protected static final String DEAD_LETTER_TOPIC = TOPIC + ".DLT";
    protected static final String BAROMETER_TOPIC = "mutualis.barometer.events.test-" + RUN;
    protected static final String ACTE_TOPIC = "mutualis.acte.events.test-" + RUN;
    protected static final String CONSULTATION_TOPIC = "mutualis.consultation.events.test-" + RUN;
    protected static final String VOCABULARY_TOPIC = "mutualis.vocabulary.events.test-" + RUN;
    /** The platform's services on the same stack keep theirs in {@code vocabulary}: a test revision must not reach it. */
    protected static final String VOCABULARY_INDEX = "vocabulary-test-" + RUN;
    protected static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    protected int port;

    @Autowired
    protected RestClient elasticsearch;

    @DynamicPropertySource
    static void realStack(DynamicPropertyRegistry registry) {
        StackEndpoints endpoints = RealStack.endpoints();
        endpoints.kafkaSpringProperties().forEach((name, value) -> registry.add(name, () -> value));
        registry.add("mutualis.search.elasticsearch-url", endpoints::elasticsearchUrl);
        registry.add("mutualis.security.issuer-uri", () -> TestIssuer.shared().issuer());
        registry.add("mutualis.search.experience-topic", () -> TOPIC);
        registry.add("mutualis.search.barometer-topic", () -> BAROMETER_TOPIC);
        registry.add("mutualis.search.acte-topic", () -> ACTE_TOPIC);
        registry.add("mutualis.search.consultation-topic", () -> CONSULTATION_TOPIC);
        registry.add("mutualis.search.vocabulary-topic", () -> VOCABULARY_TOPIC);
        registry.add("mutualis.search.vocabulary-index", () -> VOCABULARY_INDEX);
        registry.add("spring.kafka.consumer.group-id", () -> "search-service-test-" + RUN);
        // A retried message would hold its partition for 5 + 10 + 20 = 35 s: far beyond what the tests wait.
        registry.add("mutualis.events.retry.initial-interval", () -> "5s");
        registry.add("mutualis.events.retry.max-retries", () -> "3");
    }

    /** Sends the event as Debezium's EventRouter does: key = aggregate id, headers {@code id} and {@code eventType}. */
    protected static void send(ExperienceEvents event) {
        KafkaTestClients.send(TOPIC, event);
    }

    /** Sends any value; {@code partition} may be null to let the key choose it. */
    protected static void send(Integer partition, String key, String value, String eventId, String eventType) {
        KafkaTestClients.send(TOPIC, partition, key, value, eventId, eventType);
    }

    /** Every record of the dead-letter topic, from the beginning to the current end. */
    protected static List<ConsumerRecord<String, String>> deadLetters() {
        return KafkaTestClients.readAll(DEAD_LETTER_TOPIC);
    }

    protected static String header(ConsumerRecord<?, ?> record, String name) {
        return KafkaTestClients.header(record, name);
    }

    /** {@code GET} on the service, accepting JSON. */
    protected ServiceHttpClient.Result get(String pathAndQuery) {
        return new ServiceHttpClient(port).get(pathAndQuery);
    }

    protected ServiceHttpClient.Result request(HttpRequest request) {
        return new ServiceHttpClient(port).send(request);
    }

    protected ServiceHttpClient.Result search(String q, int size) {
        return get("/api/search?size=" + size + "&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
    }

    /** The hit of that experience in a search result, if any. */
    protected static Optional<JsonNode> hit(ServiceHttpClient.Result result, String id) {
        if (result.status() != 200) {
            return Optional.empty();
        }
        for (JsonNode hit : result.body().get("hits")) {
            if (id.equals(hit.get("id").asString())) {
                return Optional.of(hit);
            }
        }
        return Optional.empty();
    }

    /** The indexed document as Elasticsearch holds it ({@code _version}, {@code _seq_no}, {@code _source}), if any. */
    protected Optional<JsonNode> indexed(String id) {
        try {
            var response = elasticsearch.performRequest(new Request("GET", "/experiences/_doc/" + id));
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

}
