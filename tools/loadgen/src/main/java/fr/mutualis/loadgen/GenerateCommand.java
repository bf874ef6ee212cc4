package fr.mutualis.loadgen;

import fr.mutualis.devstack.Profile;
import fr.mutualis.devstack.StackConfig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ./mutualis generate [--records N] [--seed S] [--corpus narrow|variants] [--test]}: sends N synthetic
 * published records (default 1,000,000) to {@code mutualis.experience.events}, keyed like experience-service's events,
 * for search-service to index. The narrow corpus by default; {@code variants}: variants of the demonstration records
 * of the relevance bench's tuning part ({@link SyntheticRecords}).
 */
public final class GenerateCommand {

    static final String TOPIC = "mutualis.experience.events";
    /** experience-service's demonstration records, from the project's root. */
    static final Path DEMO_RECORDS = Path.of("services/experience-service/src/main/resources/demo/experiences.json");
    /**
     * The demonstration records of the relevance bench's tuning part end their id with 001 to 100 (tools/relevance):
     * the validation part's own records are left out of everything else, this corpus too.
     */
    private static final int LAST_TUNING_RECORD = 100;

    private GenerateCommand() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> words = List.of(args);
        long records = Long.parseLong(option(words, "--records", "1000000"));
        long seed = Long.parseLong(option(words, "--seed", "2026"));
        Path root = StackConfig.findProjectRoot();
        StackConfig config = StackConfig.of(root, words.contains("--test") ? Profile.TEST : Profile.DEV);
        SyntheticRecords generator = switch (corpus(words)) {
            case NARROW -> new SyntheticRecords(seed);
            case VARIANTS -> SyntheticRecords.variantsOf(seed, tuningDemoRecords(root.resolve(DEMO_RECORDS)));
        };
        long started = System.nanoTime();
        send(config.endpoints().kafkaClientConfig(), generator, records, out);
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("%d fiches synthétiques envoyées en %.1f s (%.0f/s) / synthetic records sent%n", records, seconds,
                records / seconds);
    }

    /**
     * The published demonstration records of the relevance bench's tuning part, read from {@code demoRecords}: a draft's
     * words are not for a published record, even a synthetic one.
     */
    static List<JsonNode> tuningDemoRecords(Path demoRecords) {
        List<JsonNode> records = new ArrayList<>();
        JsonMapper.builder().build().readTree(demoRecords.toFile()).forEach(record -> {
            String id = record.path("id").asString();
            if (Long.parseLong(id.substring(id.lastIndexOf('-') + 1)) <= LAST_TUNING_RECORD
                    && "published".equals(record.path("status").asString())) {
                records.add(record);
            }
        });
        return records;
    }

    static void send(Map<String, Object> platformKafka, SyntheticRecords generator, long records, PrintStream out) {
        JsonMapper json = JsonMapper.builder().build();
        Properties properties = new Properties();
        properties.putAll(platformKafka);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        properties.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(properties)) {
            for (long n = 0; n < records && failure.get() == null; n++) {
                Map<String, Object> event = generator.event(n);
                ProducerRecord<String, String> record = new ProducerRecord<>(TOPIC, (String) event.get("aggregateId"),
                        json.writeValueAsString(event));
                cloudEventHeaders(event).forEach((name, value) ->
                        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                producer.send(record, (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
                if ((n + 1) % 100_000 == 0) {
                    out.printf("  %,d…%n", n + 1);
                }
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("Kafka refused a synthetic record: " + failure.get().getMessage(), failure.get());
        }
    }

    /**
     * The headers the outbox connector adds to experience-service's events (infra/kubernetes/data/kafka-connectors.yaml):
     * without them every consumer that reads CloudEvents (webhook-service) would dead-letter the synthetic records.
     */
    static Map<String, String> cloudEventHeaders(Map<String, Object> event) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_id", (String) event.get("eventId"));
        headers.put("ce_type", (String) event.get("eventType"));
        headers.put("ce_time", (String) event.get("occurredAt"));
        headers.put("ce_subject", (String) event.get("aggregateId"));
        headers.put("ce_schemaversion", String.valueOf(event.get("schemaVersion")));
        headers.put("ce_specversion", "1.0");
        headers.put("eventType", (String) event.get("eventType"));
        headers.put("aggregateVersion", String.valueOf(event.get("aggregateVersion")));
        headers.put("ce_source", "/mutualis/experience-service");
        headers.put("content-type", "application/json");
        return headers;
    }

    /** The corpus that {@code --corpus} names, the narrow one by default: what is generated, then measured. */
    static SyntheticRecords.Corpus corpus(List<String> words) {
        return SyntheticRecords.Corpus.named(option(words, "--corpus", SyntheticRecords.Corpus.NARROW.option()));
    }

    static String option(List<String> words, String name, String defaultValue) {
        int index = words.indexOf(name);
        return index >= 0 && index + 1 < words.size() ? words.get(index + 1) : defaultValue;
    }
}
