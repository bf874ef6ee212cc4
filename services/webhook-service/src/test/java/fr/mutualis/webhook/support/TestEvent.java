package fr.mutualis.webhook.support;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A platform event as Debezium's EventRouter publishes it (infra/connect/outbox-connector.json): key = aggregate id,
 * CloudEvents attributes in {@code ce_*} headers, value = the JSON envelope.
 */
public final class TestEvent {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String id = UUID.randomUUID().toString();
    private String type;
    private final String subject = UUID.randomUUID().toString();
    private Instant time = Instant.now();
    private String title = "Téléconsultation en zone rurale";

    private TestEvent(String type) {
        this.type = type;
    }

    /** An event of this type, e.g. {@code experience.record.created}. */
    public static TestEvent ofType(String type) {
        return new TestEvent(type);
    }

    public TestEvent id(String id) {
        this.id = id;
        return this;
    }

    public TestEvent time(Instant time) {
        this.time = time;
        return this;
    }

    public TestEvent title(String title) {
        this.title = title;
        return this;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String subject() {
        return subject;
    }

    /** {@code ce_time} as Debezium writes it: microseconds. */
    public String time() {
        return time.toString();
    }

    public String source() {
        return "/mutualis/experience-service";
    }

    /** The envelope, the value of the record and the body of the webhook: its eventType is not {@link #type()}. */
    public String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("eventId", id);
        // A valid experience.record.created, as the service checks each value against its contract; ce_type is
        // unique to a test instead, so that each test's subscription sees only its own events.
        root.put("eventType", "experience.record.created");
        root.put("schemaVersion", 1);
        root.put("aggregateType", "experience");
        root.put("aggregateId", subject);
        root.put("aggregateVersion", 1);
        root.put("occurredAt", time.toString());
        ObjectNode data = root.putObject("data");
        data.put("id", subject);
        data.put("title", title);
        data.put("summary", "Cabines installées dans trois mairies du territoire");
        data.put("siren", "213300627");
        data.putArray("axes").add("e-inclusion");
        data.put("status", "published");
        data.put("demo", false);
        data.put("createdAt", time.toString());
        data.put("updatedAt", time.toString());
        return root.toString();
    }
}
