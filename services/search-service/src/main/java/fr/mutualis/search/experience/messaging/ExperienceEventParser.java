package fr.mutualis.search.experience.messaging;

import fr.mutualis.events.EventEnvelope;
import fr.mutualis.search.experience.application.ExperienceEvent;
import fr.mutualis.search.experience.application.ExperienceEventType;
import fr.mutualis.search.experience.domain.IndexedExperience;
import fr.mutualis.search.experience.domain.SearchFields;
import fr.mutualis.search.shared.messaging.MalformedEventException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads the JSON envelope that Debezium's outbox EventRouter puts on {@code mutualis.experience.events} and checks
 * it against the contract. Anything that does not conform raises a {@link MalformedEventException}.
 *
 * <p>Order of the checks: the envelope first (a message that is not a valid envelope is malformed whatever its
 * type), then the type (an unknown type is skipped, whatever its schema version or data), then the schema version
 * and the data of known types. Unknown fields are ignored: additive changes do not bump the schema version.
 */
public class ExperienceEventParser {

    /** Aggregate type of every event on the topic. */
    public static final String AGGREGATE_TYPE = "experience";
    /** Major schema versions of the experience events this version understands. */
    public static final Set<Integer> SUPPORTED_SCHEMA_VERSIONS = Set.of(1);

    private static final Pattern SIREN = Pattern.compile("\\d{9}");
    /**
     * The parts of the record the index holds beyond the core fields. Others are left out: a property added to the
     * contract later must not be refused by the index's strict mapping.
     */
    private static final Set<String> DETAILS = Set.of("description", "collectivite", "partners", "actionCategory",
            "policyDomains", "step", "startDate", "endDate", "budget", "results", "indicators", "lessons",
            "reusableAssets", "links", "contact", "publishedAt", "archivedAt");

    private final ObjectMapper json;

    public ExperienceEventParser(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * @param key   the message key (the aggregate id); {@code null} is accepted
     * @param value the message value, the JSON envelope
     * @throws MalformedEventException when the message does not conform to the contract
     */
    public ParsedMessage parse(String key, String value) {
        EventEnvelope<JsonNode> envelope = envelope(value);
        if (key != null && !key.equals(envelope.aggregateId())) {
            throw new MalformedEventException(
                    "Message key '" + key + "' differs from aggregateId '" + envelope.aggregateId() + "'");
        }
        var type = ExperienceEventType.fromWireName(envelope.eventType());
        if (type.isEmpty()) {
            return new ParsedMessage.UnknownType(
                    envelope.eventId().toString(), envelope.eventType(), envelope.aggregateId());
        }
        if (!SUPPORTED_SCHEMA_VERSIONS.contains(envelope.schemaVersion())) {
            throw new MalformedEventException("Unsupported schemaVersion " + envelope.schemaVersion() + " for "
                    + envelope.eventType() + " (supported: " + SUPPORTED_SCHEMA_VERSIONS + ")");
        }
        return new ParsedMessage.Known(event(type.get(), envelope, details(envelope.data())));
    }

    private EventEnvelope<JsonNode> envelope(String value) {
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("Empty message: an experience event envelope was expected");
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
        String aggregateType = text(root, "aggregateType", "envelope");
        if (!AGGREGATE_TYPE.equals(aggregateType)) {
            throw new MalformedEventException(
                    "aggregateType is '" + aggregateType + "', expected '" + AGGREGATE_TYPE + "'");
        }
        JsonNode data = root.get("data");
        if (data == null || !data.isObject()) {
            throw new MalformedEventException("envelope.data must be a JSON object");
        }
        try {
            return new EventEnvelope<>(
                    uuid(root, "eventId"),
                    text(root, "eventType", "envelope"),
                    (int) positiveLong(root, "schemaVersion", "envelope"),
                    aggregateType,
                    text(root, "aggregateId", "envelope"),
                    positiveLong(root, "aggregateVersion", "envelope"),
                    instant(root, "occurredAt", "envelope"),
                    data);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("Invalid envelope: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> details(JsonNode data) {
        Map<String, Object> details = new LinkedHashMap<>();
        data.properties().forEach(property -> {
            if (DETAILS.contains(property.getKey()) && !property.getValue().isNull()) {
                details.put(property.getKey(), json.convertValue(property.getValue(), Object.class));
            }
        });
        return details;
    }

    private static ExperienceEvent event(ExperienceEventType type, EventEnvelope<JsonNode> envelope,
                                         Map<String, Object> details) {
        return switch (type.effect()) {
            case UPSERT_SNAPSHOT -> new ExperienceEvent.SnapshotChanged(
                    envelope.eventId(), type, snapshot(envelope, details));
            case REMOVE -> new ExperienceEvent.Removed(
                    envelope.eventId(), type, envelope.aggregateId(), envelope.aggregateVersion());
        };
    }

    private static IndexedExperience snapshot(EventEnvelope<JsonNode> envelope, Map<String, Object> details) {
        JsonNode data = envelope.data();
        String id = text(data, "id", "data");
        if (!id.equals(envelope.aggregateId())) {
            throw new MalformedEventException(
                    "data.id '" + id + "' differs from aggregateId '" + envelope.aggregateId() + "'");
        }
        String siren = text(data, "siren", "data");
        if (!SIREN.matcher(siren).matches()) {
            throw new MalformedEventException("data.siren must be 9 digits, was '" + siren + "'");
        }
        try {
            Instant createdAt = instant(data, "createdAt", "data");
            return new IndexedExperience(
                    id,
                    text(data, "title", "data"),
                    optionalText(data, "summary"),
                    siren,
                    stringArray(data, "axes"),
                    text(data, "status", "data"),
                    bool(data, "demo"),
                    createdAt,
                    instant(data, "updatedAt", "data"),
                    envelope.aggregateVersion(),
                    SearchFields.derive(details, createdAt));
        } catch (IllegalArgumentException | NullPointerException | ClassCastException | java.time.DateTimeException e) {
            throw new MalformedEventException("Invalid experience snapshot: " + e.getMessage(), e);
        }
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException(where + "." + field + " is missing");
        }
        if (!value.isString() || value.asString().isBlank()) {
            throw new MalformedEventException(where + "." + field + " must be a non-blank string");
        }
        return value.asString();
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isString()) {
            throw new MalformedEventException("data." + field + " must be a string");
        }
        return value.asString();
    }

    private static long positiveLong(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new MalformedEventException(where + "." + field + " is missing");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 1
                || ("schemaVersion".equals(field) && !value.canConvertToInt())) {
            throw new MalformedEventException(where + "." + field + " must be a positive integer, was " + value);
        }
        return value.asLong();
    }

    private static UUID uuid(JsonNode node, String field) {
        String text = text(node, field, "envelope");
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("envelope." + field + " must be a UUID, was '" + text + "'", e);
        }
    }

    private static Instant instant(JsonNode node, String field, String where) {
        String text = text(node, field, where);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException(
                    where + "." + field + " must be an ISO-8601 instant (e.g. 2026-11-22T10:15:30Z), was '" + text + "'", e);
        }
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new MalformedEventException("data." + field + " must be a boolean");
        }
        return value.booleanValue();
    }

    private static List<String> stringArray(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isArray()) {
            throw new MalformedEventException("data." + field + " must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isString() || item.asString().isBlank()) {
                throw new MalformedEventException("data." + field + " must hold non-blank strings only");
            }
            items.add(item.asString());
        }
        return items;
    }
}
