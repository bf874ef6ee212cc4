package fr.mutualis.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.mutualis.e2e.TraceCollector.CollectedSpan;
import fr.mutualis.testing.stack.RealStack;
import fr.mutualis.testing.stack.WithRealStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: one change is one trace. A portal's request to experience-service, the outbox row written in its
 * transaction (with the request's W3C trace context), the Kafka record Debezium's EventRouter publishes from it (that
 * context as its {@code traceparent} header), search-service's listener and its Elasticsearch request: every span
 * reaches the trace collector under the portal's trace id, each linked to the one that caused it.
 */
@WithRealStack
class TraceAcrossKafkaEndToEndTest {

    private static final String RENNES = "213502388";
    private static final String TOPIC = "mutualis.experience.events";
    private static final Duration PIPELINE = Duration.ofSeconds(30);
    /** Services send their spans in batches, every five seconds by default. */
    private static final Duration EXPORT = Duration.ofSeconds(30);

    private static PlatformClient platform;

    @BeforeAll
    static void startPlatform() {
        platform = PlatformClient.startPlatform();
    }

    /**
     * Waits until search-service has consumed every event of the topic (the draft's above), and gives a span id: a
     * batch's listener span continues the trace of its first record only (ADR 0029), so the publication must not share
     * its poll with an earlier event.
     */
    private static String restOfTheTopicConsumed() {
        try (Admin admin = Admin.create(RealStack.endpoints().kafkaClientConfig())) {
            await().atMost(PIPELINE).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("search-service")
                        .partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
                committed.keySet().stream().filter(partition -> partition.topic().equals(TOPIC))
                        .forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return !latest.isEmpty() && ends.entrySet().stream()
                        .allMatch(end -> committed.get(end.getKey()).offset() >= end.getValue().offset());
            });
        }
        return randomHex(8);
    }

    @Test
    void a_publication_is_traced_from_the_http_request_through_kafka_to_the_elasticsearch_request() {
        String unique = "trace" + UUID.randomUUID().toString().substring(0, 8);
        String id = platform.draft("Suivi d'une fiche " + unique, "Une trace de bout en bout " + unique, RENNES,
                List.of("open-data")).path("id").asText();
        String traceId = randomHex(16);
        String portalSpanId = restOfTheTopicConsumed();

        platform.publishInTrace(id, RENNES, "00-" + traceId + "-" + portalSpanId + "-01");
        await().atMost(PIPELINE).untilAsserted(() -> assertThat(platform.hit(unique, id)).as("indexed").isNotNull());

        TraceCollector collector = TraceCollector.running();
        await().atMost(EXPORT).untilAsserted(() -> {
            Map<String, CollectedSpan> trace = collector.trace(traceId).stream()
                    .collect(Collectors.toMap(CollectedSpan::id, Function.identity(), (first, second) -> first));

            String received = describe(trace);
            assertThat(trace.values()).as("experience-service's span of the request, child of the portal's, in %s",
                            received)
                    .anyMatch(span -> span.service().equals("experience-service") && "SERVER".equals(span.kind())
                            && portalSpanId.equals(span.parentId()));
            List<CollectedSpan> listeners = trace.values().stream()
                    .filter(span -> span.service().equals("search-service") && "CONSUMER".equals(span.kind()))
                    .toList();
            assertThat(listeners).as("search-service's listener, in the trace of the change (traceparent header), in %s",
                            received)
                    .isNotEmpty()
                    .allSatisfy(listener -> assertThat(trace.get(listener.parentId())).as("its parent")
                            .isNotNull()
                            .extracting(CollectedSpan::service).isEqualTo("experience-service"));
            assertThat(trace.values()).as("search-service's Elasticsearch request, under its listener's span, in %s",
                            received)
                    .anyMatch(span -> span.service().equals("search-service") && "CLIENT".equals(span.kind())
                            && "elasticsearch".equals(span.tags().get("db.system"))
                            && "bulk".equals(span.tags().get("db.operation"))
                            && ancestors(span, trace).stream().anyMatch(listeners::contains));
        });
    }

    /** The spans above {@code span} in {@code trace}, nearest first, as far as the spans received go. */
    private static List<CollectedSpan> ancestors(CollectedSpan span, Map<String, CollectedSpan> trace) {
        List<CollectedSpan> ancestors = new ArrayList<>();
        // Bounded by the trace's size: a malformed export with a cycle must not hang the test.
        for (CollectedSpan parent = trace.get(Objects.toString(span.parentId(), ""));
             parent != null && ancestors.size() < trace.size();
             parent = trace.get(Objects.toString(parent.parentId(), ""))) {
            ancestors.add(parent);
        }
        return ancestors;
    }

    /** One line per span, for the failure messages. */
    private static String describe(Map<String, CollectedSpan> trace) {
        return trace.values().stream()
                .map(span -> "%n  %s %s '%s' %s <- %s %s".formatted(span.service(), span.kind(), span.name(), span.id(),
                        span.parentId(), span.tags()))
                .collect(Collectors.joining("", "trace of " + trace.size() + " span(s):", ""));
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
