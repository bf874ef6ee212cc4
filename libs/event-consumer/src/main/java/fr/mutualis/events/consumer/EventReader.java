package fr.mutualis.events.consumer;

import fr.mutualis.contracts.EventContracts;
import fr.mutualis.events.EventEnvelope;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the messages of one consumer: the event types it handles, each message checked against its contract in
 * {@code contracts/events}, its {@code data} bound to the consumer's own record. Made by {@link EventReaders}.
 *
 * <p>A type the consumer does not handle, or that has no contract in this build (a newer producer), is skipped: it
 * stays on the topic for a newer consumer. Anything else that does not conform is a {@link MalformedEventException}.
 */
public final class EventReader<T> {

    /** Counter of the messages skipped, tagged by {@code topic} and {@code type} ({@code <eventType>.v<n>}). */
    public static final String SKIPPED_METER = "mutualis.events.skipped";

    private static final Logger log = LoggerFactory.getLogger(EventReader.class);

    private final Class<T> dataType;
    private final Set<String> handled;
    private final JsonMapper json;
    private final MeterRegistry meters;

    EventReader(Class<T> dataType, Set<String> handled, JsonMapper json, MeterRegistry meters) {
        List<String> unknown = handled.stream().filter(name -> !EventContracts.published().contains(name)).toList();
        if (!unknown.isEmpty()) {
            // A typo or a contract not released yet: better refused at startup than skipped for ever.
            throw new IllegalArgumentException("No contract for " + unknown + " in contracts/events (published: "
                    + EventContracts.published() + ")");
        }
        this.dataType = dataType;
        this.handled = Set.copyOf(handled);
        this.json = json;
        this.meters = meters;
    }

    /**
     * @return the event, or empty when its type is not handled here (logged and counted in {@value #SKIPPED_METER})
     * @throws MalformedEventException when the message does not conform to its contract
     */
    public Optional<EventEnvelope<T>> read(ConsumerRecord<String, String> record) {
        JsonNode root = parse(record.value());
        String contract = contract(root);
        if (!handled.contains(contract)) {
            log.info("Skipped {}-{}@{}: {} {}", record.topic(), record.partition(), record.offset(), contract,
                    EventContracts.published().contains(contract) ? "is not handled by this consumer"
                            : "has no contract in this build");
            meters.counter(SKIPPED_METER, "topic", record.topic(), "type", contract).increment();
            return Optional.empty();
        }
        List<String> violations = EventContracts.violations(record.value());
        if (!violations.isEmpty()) {
            throw new MalformedEventException(contract + " breaks its contract: " + String.join("; ", violations));
        }
        String aggregateId = root.get("aggregateId").asString();
        if (!aggregateId.equals(record.key())) {
            throw new MalformedEventException(
                    "Message key '" + record.key() + "' differs from aggregateId '" + aggregateId + "'");
        }
        return Optional.of(envelope(root, contract));
    }

    private JsonNode parse(String value) {
        if (value == null) {
            throw new MalformedEventException("No value (tombstone): an event envelope was expected");
        }
        JsonNode root;
        try {
            root = json.readTree(value);
        } catch (JacksonException e) {
            throw new MalformedEventException("Message is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("Message is not a JSON object");
        }
        if (holdsNul(root)) {
            // PostgreSQL text cannot hold it, and no contract means it: refused before anyone stores it.
            throw new MalformedEventException("Message holds a NUL character");
        }
        return root;
    }

    /** {@code <eventType>.v<schemaVersion>}, the name of the contract the message claims. */
    private static String contract(JsonNode root) {
        JsonNode type = root.get("eventType");
        if (type == null || !type.isString() || type.asString().isBlank()) {
            throw new MalformedEventException("envelope.eventType must be a non-blank string");
        }
        JsonNode version = root.get("schemaVersion");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToInt() || version.asInt() < 1) {
            throw new MalformedEventException("envelope.schemaVersion must be a positive integer, was " + version);
        }
        return type.asString() + ".v" + version.asInt();
    }

    private EventEnvelope<T> envelope(JsonNode root, String contract) {
        T data;
        try {
            data = json.treeToValue(root.get("data"), dataType);
        } catch (JacksonException e) {
            throw new MalformedEventException(
                    contract + ": data cannot be read as " + dataType.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
        try {
            return new EventEnvelope<>(
                    UUID.fromString(root.get("eventId").asString()),
                    root.get("eventType").asString(),
                    root.get("schemaVersion").asInt(),
                    root.get("aggregateType").asString(),
                    root.get("aggregateId").asString(),
                    root.get("aggregateVersion").asLong(),
                    OffsetDateTime.parse(root.get("occurredAt").asString()).toInstant(),
                    data);
        } catch (IllegalArgumentException | DateTimeException e) {
            throw new MalformedEventException(contract + ": invalid envelope: " + e.getMessage(), e);
        }
    }

    private static boolean holdsNul(JsonNode node) {
        if (node.isString()) {
            return node.asString().indexOf('\u0000') >= 0;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                if (property.getKey().indexOf('\u0000') >= 0 || holdsNul(property.getValue())) {
                    return true;
                }
            }
            return false;
        }
        for (JsonNode item : node) {
            if (holdsNul(item)) {
                return true;
            }
        }
        return false;
    }
}
