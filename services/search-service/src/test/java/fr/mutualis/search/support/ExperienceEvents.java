package fr.mutualis.search.support;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Builds experience event envelopes as experience-service's outbox writes them (through Debezium's EventRouter). */
public final class ExperienceEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String eventId = UUID.randomUUID().toString();
    private String eventType = "experience.record.updated";
    private int schemaVersion = 1;
    private final String aggregateId;
    private long version = 1;
    private String title = "Expérience de test";
    private String summary = "Résumé de l'expérience de test.";
    private String siren = "213300627";
    private List<String> axes = List.of("dematerialisation");
    private Instant createdAt = Instant.parse("2026-11-20T08:00:00Z");
    private String status = "published";
    private final java.util.Map<String, Object> details = new java.util.LinkedHashMap<>();

    private ExperienceEvents(String aggregateId) {
        this.aggregateId = aggregateId;
    }

    /** An event about a new experience with a random id. */
    public static ExperienceEvents aNewExperience() {
        return new ExperienceEvents(UUID.randomUUID().toString());
    }

    public static ExperienceEvents about(String aggregateId) {
        return new ExperienceEvents(aggregateId);
    }

    public ExperienceEvents created() {
        this.eventType = "experience.record.created";
        return this;
    }

    public ExperienceEvents type(String eventType) {
        this.eventType = eventType;
        return this;
    }

    public ExperienceEvents eventId(String eventId) {
        this.eventId = eventId;
        return this;
    }

    public ExperienceEvents schemaVersion(int schemaVersion) {
        this.schemaVersion = schemaVersion;
        return this;
    }

    public ExperienceEvents version(long version) {
        this.version = version;
        return this;
    }

    public ExperienceEvents title(String title) {
        this.title = title;
        return this;
    }

    public ExperienceEvents summary(String summary) {
        this.summary = summary;
        return this;
    }

    public ExperienceEvents axes(String... axes) {
        this.axes = List.of(axes);
        return this;
    }

    public ExperienceEvents createdAt(Instant createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public ExperienceEvents siren(String siren) {
        this.siren = siren;
        return this;
    }

    public ExperienceEvents status(String status) {
        this.status = status;
        return this;
    }

    /** Any other property of the record's data, e.g. {@code collectivite}, {@code step}, {@code contact}. */
    public ExperienceEvents with(String property, Object value) {
        details.put(property, value);
        return this;
    }

    public ExperienceEvents without(String property) {
        details.remove(property);
        return this;
    }

    public String aggregateId() {
        return aggregateId;
    }

    public String eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    /** The JSON envelope, the value of the Kafka message. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("eventId", eventId);
        root.put("eventType", eventType);
        root.put("schemaVersion", schemaVersion);
        root.put("aggregateType", "experience");
        root.put("aggregateId", aggregateId);
        root.put("aggregateVersion", version);
        root.put("occurredAt", createdAt.plusSeconds(version).toString());
        ObjectNode data = root.putObject("data");
        data.put("id", aggregateId);
        data.put("title", title);
        data.put("summary", summary);
        data.put("siren", siren);
        axes.forEach(data.putArray("axes")::add);
        data.put("status", status);
        details.forEach((property, value) -> data.set(property, JSON.valueToTree(value)));
        data.put("demo", false);
        data.put("createdAt", createdAt.toString());
        data.put("updatedAt", createdAt.plusSeconds(version).toString());
        return root.toString();
    }
}
