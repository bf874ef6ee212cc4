package fr.mutualis.samples.consumer;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Receives Mutualis events as an integrator would: SASL/SCRAM over TLS, one consumer group per integrator (its name
 * must start with the integrator's user name), CloudEvents attributes read from the {@code ce_*} headers.
 *
 * <p>Configuration by environment variables:
 * MUTUALIS_BOOTSTRAP (default 127.0.0.1:19094), MUTUALIS_USERNAME, MUTUALIS_PASSWORD, MUTUALIS_TRUSTSTORE (PKCS12
 * file), MUTUALIS_TRUSTSTORE_PASSWORD (default mutualis), MUTUALIS_TOPICS (comma-separated, default
 * mutualis.experience.events), MUTUALIS_GROUP (default {@code <username>.quickstart}), MUTUALIS_FROM_BEGINNING
 * (true: a new group starts at the oldest event kept), MUTUALIS_MAX_EVENTS (stop after that many, default: never),
 * MUTUALIS_UNTIL_SUBJECT (stop once an event about that aggregate id arrived: for scripts waiting for a change).
 */
public final class MutualisEventsConsumer {

    /** Remembers the last event ids seen: Kafka delivers at least once, so a redelivered event is skipped. */
    private static final int REMEMBERED_IDS = 10_000;

    private final Map<String, String> settings;
    private final PrintStream out;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_IDS;
        }
    };

    public MutualisEventsConsumer(Map<String, String> settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    public static void main(String[] args) {
        new MutualisEventsConsumer(System.getenv(), System.out).run();
    }

    /** Polls until a stop condition holds (or forever), committing after each batch. */
    public void run() {
        long maxEvents = Long.parseLong(setting("MUTUALIS_MAX_EVENTS", Long.toString(Long.MAX_VALUE)));
        String untilSubject = settings.get("MUTUALIS_UNTIL_SUBJECT");
        long printed = 0;
        boolean subjectSeen = false;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig())) {
            consumer.subscribe(Arrays.asList(setting("MUTUALIS_TOPICS", "mutualis.experience.events").split(",")));
            while (printed < maxEvents && !subjectSeen) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofSeconds(1))) {
                    if (handle(record)) {
                        printed++;
                        subjectSeen |= untilSubject != null && untilSubject.equals(header(record, "ce_subject"));
                    }
                }
                consumer.commitSync();
            }
        }
    }

    /** Prints one event; returns false for a redelivered one. */
    boolean handle(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        if (id != null && seen.put(id, Boolean.TRUE) != null) {
            return false;
        }
        out.printf("%s %s subject=%s source=%s schema=v%s%n  %s%n", header(record, "ce_time"), header(record, "ce_type"),
                header(record, "ce_subject"), header(record, "ce_source"), header(record, "ce_schemaversion"),
                record.value());
        return true;
    }

    Map<String, Object> consumerConfig() {
        String username = required("MUTUALIS_USERNAME");
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, setting("MUTUALIS_BOOTSTRAP", "127.0.0.1:19094"));
        config.put("security.protocol", "SASL_SSL");
        config.put("sasl.mechanism", "SCRAM-SHA-512");
        config.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + username + "\" password=\"" + required("MUTUALIS_PASSWORD") + "\";");
        config.put("ssl.truststore.type", "PKCS12");
        config.put("ssl.truststore.location", required("MUTUALIS_TRUSTSTORE"));
        config.put("ssl.truststore.password", setting("MUTUALIS_TRUSTSTORE_PASSWORD", "mutualis"));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, setting("MUTUALIS_GROUP", username + ".quickstart"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                Boolean.parseBoolean(setting("MUTUALIS_FROM_BEGINNING", "false")) ? "earliest" : "latest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return config;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private String setting(String name, String defaultValue) {
        String value = settings.get(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private String required(String name) {
        String value = settings.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required (see docs/integrators.md)");
        }
        return value;
    }
}
